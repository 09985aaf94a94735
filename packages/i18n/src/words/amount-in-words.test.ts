import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../locale";
import { amountInWords, amountInWordsLocale } from "./amount-in-words";
import { MAX_AMOUNT_IN_WORDS, WORDS_CURRENCIES } from "./currencies";
import { AmountInWordsError, type AmountInWordsErrorCode } from "./errors";

const mad = (amount: number) => ({ amount, currency: "MAD" });
// Small amounts are where the grammar is densest; uniform draws over the full range would rarely hit them.
const inRange = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: MAX_AMOUNT_IN_WORDS }),
);
const MAX_DIRHAMS = Math.floor(MAX_AMOUNT_IN_WORDS / 100);

function errorCode(run: () => unknown): AmountInWordsErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AmountInWordsError) return error.code;
    throw error;
  }
  return undefined;
}

describe("amountInWords", () => {
  it.each([
    [-1, "negative"],
    [-100_000, "negative"],
    [150.5, "not_an_integer"],
    [Number.NaN, "not_an_integer"],
    [Number.POSITIVE_INFINITY, "not_an_integer"],
    [MAX_AMOUNT_IN_WORDS + 1, "out_of_range"],
    [Number.MAX_SAFE_INTEGER, "out_of_range"],
  ])("refuses %d centimes with the code %s", (amount, code) => {
    expect(errorCode(() => amountInWords(mad(amount), "fr-MA"))).toBe(code);
  });

  it("refuses a currency it has no nouns for, rather than calling it dirhams", () => {
    expect(errorCode(() => amountInWords({ amount: 100, currency: "GBP" }, "ar-MA"))).toBe(
      "unsupported_currency",
    );
  });

  it("reads an amount without a currency as dirhams, as formatMoney does", () => {
    expect(amountInWords({ amount: 100 }, "fr-MA")).toBe("un dirham");
    expect(amountInWords({ amount: 2_100 }, "ar-MA")).toBe("واحد وعشرون درهمًا");
  });

  it("raises an Error subclass whose message names the amount", () => {
    expect(() => amountInWords(mad(-5), "en")).toThrow(/-5/);
    expect(() => amountInWords(mad(-5), "en")).toThrow(AmountInWordsError);
  });

  it("writes the largest amount, 999,999,999,999.99", () => {
    expect(errorCode(() => amountInWords(mad(MAX_AMOUNT_IN_WORDS), "ar-MA"))).toBeUndefined();
  });

  it("writes Arabic words for zgh, the next locale of its fallback chain, having no Tamazight grammar", () => {
    expect(amountInWordsLocale("zgh")).toBe("ar-MA");
    expect(amountInWords(mad(17_000_050), "zgh")).toBe("مائة وسبعون ألف درهم وخمسون سنتيمًا");
  });

  it("keeps every other locale's own words", () => {
    expect(LOCALES.filter((locale) => amountInWordsLocale(locale) === locale)).toEqual([
      "ar-MA",
      "fr-MA",
      "en",
    ]);
  });

  it("never throws for an amount in range, in any locale and supported currency", () => {
    fc.assert(
      fc.property(
        inRange,
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...WORDS_CURRENCIES),
        (amount, locale, currency) => {
          expect(amountInWords({ amount, currency }, locale).length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("writes no digits, no doubled or stray spaces and no detached و", () => {
    fc.assert(
      fc.property(inRange, fc.constantFrom(...LOCALES), (amount, locale) => {
        const words = amountInWords(mad(amount), locale);
        expect(words).not.toMatch(/[0-9٠-٩]/);
        expect(words).not.toContain("  ");
        expect(words).toBe(words.trim());
        expect(words).not.toContain(" و ");
      }),
    );
  });

  it("never writes two amounts the same way", () => {
    fc.assert(
      fc.property(inRange, inRange, fc.constantFrom(...LOCALES), (a, b, locale) => {
        fc.pre(a !== b);
        expect(amountInWords(mad(a), locale)).not.toBe(amountInWords(mad(b), locale));
      }),
    );
  });

  it("ends Arabic words on a dirham or centime noun", () => {
    const ending = /(^| |و)(درهم|درهم واحد|درهمان|دراهم|درهمًا|سنتيم واحد|سنتيمان|سنتيمات|سنتيمًا)$/;
    fc.assert(
      fc.property(inRange, (amount) => {
        expect(amountInWords(mad(amount), "ar-MA")).toMatch(ending);
      }),
    );
  });

  it("agrees the Arabic dirham noun with the last two digits of a whole amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: MAX_DIRHAMS }), (dirhams) => {
        const words = amountInWords(mad(dirhams * 100), "ar-MA");
        const lastTwo = dirhams % 100;
        if (lastTwo === 0) expect(words).toMatch(/ درهم$/);
        else if (lastTwo === 1) expect(words).toMatch(/ودرهم واحد$/);
        else if (lastTwo === 2) expect(words).toMatch(/ودرهمان$/);
        else if (lastTwo <= 10) expect(words).toMatch(/ دراهم$/);
        else expect(words).toMatch(/ درهمًا$/);
      }),
    );
  });

  it("puts de before dirhams exactly when French words end on million or milliard", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: MAX_DIRHAMS }), (dirhams) => {
        const words = amountInWords(mad(dirhams * 100), "fr-MA");
        expect(words.endsWith(" de dirhams")).toBe(dirhams % 1_000_000 === 0);
        expect(words).toMatch(/ dirhams$/);
      }),
    );
  });
});
