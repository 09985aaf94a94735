export const LOCALES = ["ar-MA", "fr-MA", "en", "zgh"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "ar-MA";

/** Writing direction of a locale: Arabic is right-to-left; Tifinagh, French and English left-to-right. */
export function direction(locale: Locale): "rtl" | "ltr" {
  return locale === "ar-MA" ? "rtl" : "ltr";
}
