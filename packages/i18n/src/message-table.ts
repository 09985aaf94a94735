import type { Locale } from "./locale";
import { type FormatOptions, formatMessage, type MessageValues } from "./message-format";

/**
 * An app's own words in the four languages, beside the package's catalogs: one ICU message per key
 * and locale. Every locale names the same keys.
 */
export type MessageTable<K extends string> = {
  readonly [L in Locale]: { readonly [Key in K]: string };
};

/**
 * Declares a message table. The type takes its keys from English and holds the other locales to
 * them, so a missing or misspelt translation is a compile error where it is written.
 *
 * @example
 * const words = defineMessages({
 *   en: { saved: "{name} saved" },
 *   "fr-MA": { saved: "{name} enregistré" },
 *   "ar-MA": { saved: "حُفظ {name}" },
 *   zgh: { saved: "ⵉⵜⵜⵓⵃⴹⴰ {name}" },
 * });
 * messageFrom(words, "fr-MA", "saved", { name: "Atlas SARL" });
 */
export function defineMessages<const K extends string>(
  messages: { readonly en: { readonly [Key in K]: string } } & {
    readonly [L in Exclude<Locale, "en">]: { readonly [Key in K]: string };
  },
): MessageTable<K> {
  return messages;
}

/**
 * One message of a table formatted in `locale` with `formatMessage`: values are isolated
 * (FSI…PDI) unless `options.isolate` is false, so a Latin name keeps its order inside Arabic.
 */
export function messageFrom<K extends string>(
  table: MessageTable<K>,
  locale: Locale,
  key: K,
  values?: MessageValues,
  options?: FormatOptions,
): string {
  return formatMessage(locale, table[locale][key], values, options);
}
