import { formatMessage, type Locale, type MessageValues } from "@ghorfa/i18n";

/**
 * The CLI's words in the four languages. Every locale names the same keys: the type takes its keys
 * from English and holds the others to them, so a missing translation is a compile error.
 */
export type Messages<K extends string> = { readonly [L in Locale]: { readonly [Key in K]: string } };

export function defineMessages<const K extends string>(
  messages: { readonly en: { readonly [Key in K]: string } } & {
    readonly [L in Exclude<Locale, "en">]: { readonly [Key in K]: string };
  },
): Messages<K> {
  return messages;
}

export function format<K extends string>(
  messages: Messages<K>,
  locale: Locale,
  key: K,
  values?: MessageValues,
): string {
  return formatMessage(locale, messages[locale][key], values);
}
