/**
 * Currencies whose unit and subunit each grammar can name. All three split into 100 subunits,
 * so a `Money` amount in minor units divides the same way for each.
 */
export const WORDS_CURRENCIES = ["MAD", "EUR", "USD"] as const;
export type WordsCurrency = (typeof WORDS_CURRENCIES)[number];

export function isWordsCurrency(code: unknown): code is WordsCurrency {
  return (WORDS_CURRENCIES as readonly unknown[]).includes(code);
}

/** 999,999,999,999.99: the largest amount, in minor units, the grammars can write (up to the milliards). */
export const MAX_AMOUNT_IN_WORDS = 99_999_999_999_999;

/** The groups of three digits of a whole number, from the milliards down to the units. */
export function digitGroups(whole: number): {
  milliards: number;
  millions: number;
  thousands: number;
  units: number;
} {
  return {
    milliards: Math.floor(whole / 1_000_000_000),
    millions: Math.floor(whole / 1_000_000) % 1000,
    thousands: Math.floor(whole / 1000) % 1000,
    units: whole % 1000,
  };
}
