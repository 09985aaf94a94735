let ownTamazight: boolean | undefined;

/** Whether zgh comes from this package's data: when the runtime's ICU data lacks it (Deno's does). */
export function usesOwnTamazight(): boolean {
  ownTamazight ??= !(
    Intl.DateTimeFormat.supportedLocalesOf(["zgh"]).length > 0 &&
    Intl.NumberFormat.supportedLocalesOf(["zgh"]).length > 0 &&
    new Intl.DateTimeFormat("zgh").resolvedOptions().locale === "zgh" &&
    new Intl.NumberFormat("zgh").resolvedOptions().locale === "zgh"
  );
  return ownTamazight;
}

/**
 * Tests only: `true` formats zgh from this package's data even where the runtime has it, `false`
 * from the runtime's, `undefined` asks the runtime again.
 */
export function useOwnTamazightData(value: boolean | undefined): void {
  ownTamazight = value;
}

export type Part = { type: string; value: string };

export const joinParts = (parts: readonly Part[]) => parts.map((part) => part.value).join("");

/** A format made once per locale, options and source of zgh data. */
export function cached<F>(
  cache: Map<string, F>,
  locale: string,
  options: object,
  make: (own: boolean) => F,
): F {
  const own = locale === "zgh" && usesOwnTamazight();
  const key = `${locale}/${own}/${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = make(own);
    cache.set(key, format);
  }
  return format;
}
