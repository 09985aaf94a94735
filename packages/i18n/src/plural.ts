import type { Locale } from "./locale";

export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/** The part of `Intl.PluralRules` that messages need. */
export interface PluralRules {
  select(n: number): PluralCategory;
  readonly categories: readonly PluralCategory[];
}

/**
 * Standard Moroccan Tamazight. CLDR has no plural rules for `zgh` (ICU answers with English's), and
 * its rule for Central Atlas `tzm` (one: 0, 1 and 11–99) follows the Arabic loan numerals of the
 * spoken language. The standard counts with Amazigh numerals, after which the noun is singular only
 * with ⵢⴰⵏ / ⵢⴰⵜ (1): ⵢⴰⵏ ⵡⴰⵙⵙ, ⵙⵉⵏ ⵡⵓⵙⵙⴰⵏ, ⵎⵔⴰⵡ ⵡⵓⵙⵙⴰⵏ. So: one → n = 1; other → everything else.
 */
const tamazight: PluralRules = {
  select: (n) => (Math.abs(n) === 1 ? "one" : "other"),
  categories: ["one", "other"],
};

function fromIntl(locale: string, type: Intl.PluralRulesOptions["type"]): PluralRules {
  const rules = new Intl.PluralRules(locale, { type });
  return {
    select: (n) => rules.select(n) as PluralCategory,
    categories: rules.resolvedOptions().pluralCategories as PluralCategory[],
  };
}

const cache = new Map<string, PluralRules>();

/**
 * Plural rules of a locale: ICU's for ar-MA (zero, one, two, few, many, other), fr-MA and en, and
 * ours for zgh. `ordinal` selects the ordinal rules (1st, 2nd); Tamazight ordinals take one form.
 */
export function pluralRules(locale: Locale, { ordinal = false }: { ordinal?: boolean } = {}): PluralRules {
  const key = `${locale}/${ordinal}`;
  let rules = cache.get(key);
  if (rules === undefined) {
    if (locale === "zgh") rules = ordinal ? { select: () => "other", categories: ["other"] } : tamazight;
    else rules = fromIntl(locale, ordinal ? "ordinal" : "cardinal");
    cache.set(key, rules);
  }
  return rules;
}
