import type { Locale } from "./locale";

/**
 * Where to look when a text is missing in a locale, in order. The rule: first the reader's own
 * locale, then a language the reader most likely reads in the same script, then the chambers' other
 * working language. Tamazight readers are schooled in Arabic (both official, Constitution of 2011,
 * art. 5); readers of Arabic in Morocco are schooled in French; French and English readers share the
 * Latin script. Every chain ends with both Arabic and French, so a `LocalizedText` (which always has
 * one of them) always yields a text.
 */
export const FALLBACK_CHAINS: Readonly<Record<Locale, readonly Locale[]>> = {
  "ar-MA": ["ar-MA", "fr-MA", "en"],
  "fr-MA": ["fr-MA", "en", "ar-MA"],
  en: ["en", "fr-MA", "ar-MA"],
  zgh: ["zgh", "ar-MA", "fr-MA", "en"],
};

/** The locales to try for `locale`, itself first. */
export function fallbackChain(locale: Locale): readonly Locale[] {
  return FALLBACK_CHAINS[locale];
}

/** The key of each locale in a `LocalizedText` of @ghorfa/schemas. */
export const TEXT_KEYS = { "ar-MA": "ar", "fr-MA": "fr", en: "en", zgh: "zgh" } as const satisfies Record<
  Locale,
  string
>;

type Texts = Partial<Record<(typeof TEXT_KEYS)[Locale], string>>;

/**
 * The text to show a reader of `locale`, following the fallback chain, with the locale it is
 * actually written in (so the caller can set `lang` and `dir` on it). Undefined when the chain finds
 * nothing.
 */
export function pickText(text: Texts, locale: Locale): { text: string; locale: Locale } | undefined {
  for (const candidate of FALLBACK_CHAINS[locale]) {
    const value = text[TEXT_KEYS[candidate]];
    if (value !== undefined && value.trim() !== "") return { text: value, locale: candidate };
  }
  return undefined;
}
