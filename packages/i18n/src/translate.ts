import { lookup, type MessageKey } from "./catalog";
import { direction, type Locale } from "./locale";
import { formatMessage, type MessageValues } from "./message-format";

/**
 * The message `key` in `locale`, with `values` interpolated, each one isolated (FSI … PDI) so that
 * Latin words and numbers keep their order inside Arabic and the other way round. Falls back along
 * the locale's chain when its catalog is not loaded; throws when none of the chain is.
 */
export function t(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const found = lookup(locale, key);
  return formatMessage(found.locale, found.message, values);
}

export interface Translator {
  readonly locale: Locale;
  readonly direction: "rtl" | "ltr";
  t(key: MessageKey, values?: MessageValues): string;
}

/** `t` bound to one locale, with the locale's writing direction (for `dir` attributes). */
export function createTranslator(locale: Locale): Translator {
  return { locale, direction: direction(locale), t: (key, values) => t(locale, key, values) };
}

/** `t` without isolates, for the package's own patterns whose result is one value ("{amount} DH"). */
export function tPlain(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const found = lookup(locale, key);
  return formatMessage(found.locale, found.message, values, { isolate: false });
}
