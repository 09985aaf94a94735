import type { Money } from "@ghorfa/schemas";
import { fallbackChain } from "../fallback";
import type { Locale } from "../locale";
import { type ArabicHundredSpelling, arabicAmountInWords } from "./arabic";
import { isWordsCurrency, MAX_AMOUNT_IN_WORDS, WORDS_CURRENCIES, type WordsCurrency } from "./currencies";
import { englishAmountInWords } from "./english";
import { AmountInWordsError } from "./errors";
import { frenchAmountInWords } from "./french";

/** A `Money` of @ghorfa/schemas; without a currency, the amount is in dirhams. */
export type WordsMoney = Pick<Money, "amount"> & { currency?: Money["currency"] };

export interface AmountInWordsOptions {
  /** Arabic spelling of a hundred: "مائة" (default, Moroccan administrative usage) or "مئة". */
  arabicHundred?: ArabicHundredSpelling;
  /** French 1990 rectifications: hyphens between all numerals ("deux-cent-mille"). Default: traditional. */
  reform1990?: boolean;
}

/** The locales that have a number grammar of their own. */
export type WordsLocale = "ar-MA" | "fr-MA" | "en";

const WORDS_LOCALES: readonly Locale[] = ["ar-MA", "fr-MA", "en"] satisfies WordsLocale[];

function isWordsLocale(locale: Locale): locale is WordsLocale {
  return WORDS_LOCALES.includes(locale);
}

/**
 * The language `amountInWords` writes for a locale: the first locale of the package's fallback
 * chain that has a number grammar. Ghorfa has none for Tamazight yet, so `zgh` gets Arabic words,
 * as the chain says for any missing Tamazight text, and as a whole Arabic sentence, not Tifinagh
 * around Arabic numbers.
 */
export function amountInWordsLocale(locale: Locale): WordsLocale {
  return fallbackChain(locale).find(isWordsLocale) ?? "ar-MA";
}

interface WritableAmount {
  whole: number;
  fraction: number;
  currency: WordsCurrency;
}

/** Splits an amount into units and subunits, or throws an `AmountInWordsError` the caller can branch on. */
function writableAmount(money: WordsMoney): WritableAmount {
  const amount: unknown = money.amount;
  // Like formatMoney, an amount without a currency is in dirhams (the schemas' default).
  const currency: unknown = money.currency ?? "MAD";
  if (typeof amount !== "number" || !Number.isInteger(amount)) {
    throw new AmountInWordsError(
      "not_an_integer",
      `Amount must be an integer count of centimes, got ${String(amount)}`,
    );
  }
  if (amount < 0) {
    throw new AmountInWordsError("negative", `Amount must not be negative, got ${amount}`);
  }
  if (amount > MAX_AMOUNT_IN_WORDS) {
    throw new AmountInWordsError(
      "out_of_range",
      `Amount must be at most ${MAX_AMOUNT_IN_WORDS} centimes (999,999,999,999.99), got ${amount}`,
    );
  }
  if (!isWordsCurrency(currency)) {
    throw new AmountInWordsError(
      "unsupported_currency",
      `Amounts in words exist for ${WORDS_CURRENCIES.join(", ")} only, got ${String(currency)}`,
    );
  }
  return { whole: Math.floor(amount / 100), fraction: amount % 100, currency };
}

/**
 * An amount written out in words, units then subunits, with each language's counting grammar:
 * `amountInWords({ amount: 17_000_050, currency: "MAD" }, "ar-MA")` is
 * "مائة وسبعون ألف درهم وخمسون سنتيمًا".
 */
export function amountInWords(money: WordsMoney, locale: Locale, options: AmountInWordsOptions = {}): string {
  const { whole, fraction, currency } = writableAmount(money);
  switch (amountInWordsLocale(locale)) {
    case "ar-MA":
      return arabicAmountInWords(whole, fraction, currency, options.arabicHundred ?? "مائة");
    case "fr-MA":
      return frenchAmountInWords(whole, fraction, currency, options.reform1990 ?? false);
    case "en":
      return englishAmountInWords(whole, fraction, currency);
  }
}
