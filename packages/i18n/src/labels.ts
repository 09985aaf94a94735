import type { ChamberId } from "@ghorfa/schemas";
import { hasMessage, type MessageKey } from "./catalog";
import { isolate } from "./isolate";
import type { EnumKey, EnumName } from "./keys";
import type { Locale } from "./locale";
import { tPlain } from "./translate";

type EnumValueOf<N extends EnumName> = EnumKey extends infer K
  ? K extends `enum.${N}.${infer V}`
    ? V
    : never
  : never;

/** The label of an enum value: `enumLabel("fr-MA", "LegalForm", "sarl_au")` → "SARL à associé unique (SARL AU)". */
export function enumLabel<N extends EnumName>(locale: Locale, name: N, value: EnumValueOf<N>): string {
  return tPlain(locale, `enum.${name}.${value}` as MessageKey);
}

/** The name of a region (and of its chamber's district): `regionName("ar-MA", "ma-09")` → "سوس ماسة". */
export function regionName(locale: Locale, code: ChamberId): string {
  return tPlain(locale, `region.${code}`);
}

// Fields whose name says little on its own: "amount" of what? "fr" text of what?
const GENERIC: readonly string[] = [
  "ar",
  "fr",
  "en",
  "zgh",
  "amount",
  "currency",
  "number",
  "court",
  "from",
  "to",
];

function labelOf(locale: Locale, segment: string): string | undefined {
  const key = `field.${segment}` as MessageKey;
  return hasMessage(locale, key) ? tPlain(locale, key) : undefined;
}

/**
 * The label of the field at `path` (a zod issue path): the label of its last non-numeric segment,
 * qualified by its parent's when the name alone is generic ("Loyer mensuel (Montant)", "Nom
 * (Arabe)"). Unknown fields show their own name; the root shows the catalog's word for "value".
 */
export function fieldLabel(locale: Locale, path: readonly PropertyKey[]): string {
  const names = path.filter(
    (segment): segment is string => typeof segment === "string" && !/^\d+$/.test(segment),
  );
  const last = names.at(-1);
  if (last === undefined) return tPlain(locale, "label.root");
  const label = labelOf(locale, last) ?? last;
  const parent = names.at(-2);
  const parentLabel = parent === undefined ? undefined : labelOf(locale, parent);
  // "amount" inside "amount" (a payment's Money) is one "Montant", not "Montant – Montant".
  if (GENERIC.includes(last) && parentLabel !== undefined && parentLabel !== label) {
    return tPlain(locale, "label.qualified", { parent: parentLabel, child: label });
  }
  return label;
}

/** Items joined as the locale joins a list ("a, b et c", "a، b وc"), each one isolated. */
export function formatList(locale: Locale, items: readonly string[]): string {
  const isolated = items.map(isolate);
  if (isolated.length <= 1) return isolated[0] ?? "";
  const separator = tPlain(locale, "list.separator");
  const last = isolated.at(-1) as string;
  return tPlain(locale, "list.and", { first: isolated.slice(0, -1).join(separator), last });
}
