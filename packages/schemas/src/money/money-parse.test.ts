import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MoneyError } from "./money-error";
import { parseMoney } from "./money-parse";

const failure = (text: string, currency?: string) => {
  try {
    parseMoney(text, currency);
  } catch (error) {
    if (error instanceof MoneyError) return error.code;
    throw error;
  }
  return "parsed";
};

describe("parseMoney", () => {
  it.each([
    ["1 234,50", 123_450],
    ["1.234,50", 123_450],
    ["1234.50", 123_450],
    ["1,234.50", 123_450],
    ["1234", 123_400],
    ["1 234", 123_400],
    ["1\u00a0234,50", 123_450],
    ["1\u202f234,5", 123_450],
    ["170.000,00 DH", 17_000_000],
    ["170 000 DH", 17_000_000],
    ["1.234.567,89", 123_456_789],
    ["1,234,567", 123_456_700],
    ["0,05", 5],
    ["-12,5 MAD", -1_250],
    ["−12,50", -1_250],
    ["15 درهم", 1_500],
    ["د.م. 15", 1_500],
    ["١٢٣٤٫٥", 123_450],
    ["250 DHS", 25_000],
    ["0", 0],
    ["0,5", 50],
    ["0.05", 5],
    ["1 234 567,89", 123_456_789],
    ["1,234,567.89", 123_456_789],
    ["1234,5", 123_450],
    ["-12,00", -1_200],
    ["+12", 1_200],
    ["12,345.6", 1_234_560],
    ["1 234,5 DH", 123_450],
    ["MAD 1 234,50", 123_450],
    ["١٢٣٤٫٥٠", 123_450],
    ["١٬٢٣٤٫٥", 123_450],
    ["۱۲۳", 12_300],
    ["1\u2009234,50", 123_450],
    ["1\u2007234,50", 123_450],
    ["  12,50\u00a0", 1_250],
    ["0,500", 50],
    ["0.050", 5],
    ["1'234.50", 123_450],
    ["1\u2019234\u2019567", 123_456_700],
    ["-MAD 1,234.50", -123_450],
    ["MAD -12", -1_200],
    ["- 12 DH", -1_200],
    ["12 ⴷⵔⵎ", 1_200],
    ["\u200f1.234,50 د.م.\u200f", 123_450],
    ["\u061c-\u200f١٬٢٣٤٫٥٠ د.م.\u200f", -123_450],
    ["90 071 992 547 409,91", Number.MAX_SAFE_INTEGER],
  ])("reads %s as %i centimes of MAD", (text, centimes) => {
    expect(parseMoney(text)).toStrictEqual({ amount: centimes, currency: "MAD" });
  });

  it("takes the currency from a mark, or from the caller, in that currency's minor units", () => {
    expect(parseMoney("EUR 12.30")).toStrictEqual({ amount: 1_230, currency: "EUR" });
    expect(parseMoney("12,5 €")).toStrictEqual({ amount: 1_250, currency: "EUR" });
    expect(parseMoney("25 000 FCFA")).toStrictEqual({ amount: 25_000, currency: "XOF" });
    expect(parseMoney("12,30", "EUR")).toStrictEqual({ amount: 1_230, currency: "EUR" });
    expect(parseMoney("1,5", "TND")).toStrictEqual({ amount: 1_500, currency: "TND" });
    expect(parseMoney("-F\u202fCFA 25\u202f000")).toStrictEqual({ amount: -25_000, currency: "XOF" });
    expect(parseMoney("1 234,50 $US")).toStrictEqual({ amount: 123_450, currency: "USD" });
    expect(parseMoney("US$ 12.30")).toStrictEqual({ amount: 1_230, currency: "USD" });
    expect(parseMoney("\u200f1.234,500 د.ت.\u200f")).toStrictEqual({ amount: 1_234_500, currency: "TND" });
    expect(parseMoney("12 MAD", "MAD")).toStrictEqual({ amount: 1_200, currency: "MAD" });
  });

  it("refuses a mark that contradicts the caller's currency", () => {
    expect(failure("12 EUR", "MAD")).toBe("currency_mismatch");
    expect(failure("12 DH", "EUR")).toBe("currency_mismatch");
  });

  it.each(["1.234", "170,000", "12,345", "999.999", "12.345", "-1.234", "1,234 DH", "١,٢٣٤"])(
    "refuses %s, which could mean two things",
    (text) => {
      expect(failure(text)).toBe("ambiguous_separator");
    },
  );

  it.each([
    "",
    "  ",
    "abc",
    "12 34",
    "1..2",
    "1,2.3,4",
    "1 234.567,00",
    ",50",
    "12,",
    "1 2345",
    "12abc",
    "1e5",
    "Infinity",
    "NaN",
    "-",
    "DH",
    "+-12",
    "--12",
    "12-",
    "(12)",
    "1 234 DH 50",
    "1  234",
    "12\n34",
    "0x10",
    "1_000",
  ])("refuses %j as garbage", (text) => {
    expect(failure(text)).toBe("unparseable");
  });

  it("refuses more decimals than the currency has, unless they are zeros", () => {
    expect(failure("1234,567")).toBe("too_many_decimals");
    expect(failure("12,5 XOF")).toBe("too_many_decimals");
    expect(parseMoney("12,00 XOF")).toStrictEqual({ amount: 12, currency: "XOF" });
  });

  it("refuses an amount that is not a safe integer of centimes", () => {
    expect(failure("99 999 999 999 999 999")).toBe("out_of_range");
    expect(failure("90 071 992 547 409,92")).toBe("out_of_range");
    expect(failure("-90 071 992 547 409,92")).toBe("out_of_range");
    expect(failure("9".repeat(400))).toBe("out_of_range");
  });

  it("refuses what is not a string rather than read it through a float", () => {
    for (const value of [12, 0.1, null, undefined, {}]) expect(failure(value as never)).toBe("unparseable");
  });

  it("reads a decimal mark before three digits as decimal when the amount starts with 0", () => {
    expect(failure("0,001")).toBe("too_many_decimals");
    expect(parseMoney("0,001", "TND")).toStrictEqual({ amount: 1, currency: "TND" });
  });

  it("reads back what Intl writes for money, in the languages of Ghorfa and its partners", () => {
    const locales = ["ar-MA", "fr-MA", "en", "zgh", "fr-FR", "en-US", "es-ES", "de-CH", "ar-EG", "ar-SA"];
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(...locales),
        fc.constantFrom("MAD", "EUR", "USD"),
        fc.constantFrom("symbol", "code" as const),
        (centimes, locale, currency, currencyDisplay) => {
          const written = new Intl.NumberFormat(locale, {
            style: "currency",
            currency,
            currencyDisplay,
          }).format(`${centimes}E-2` as Intl.StringNumericLiteral);
          expect(parseMoney(written)).toStrictEqual({ amount: centimes, currency });
        },
      ),
    );
  });

  it("reads back what fr-MA and en-US formatting write", () => {
    for (const centimes of [0, 5, 1_234_550, 17_000_000, 90_000_000_000_000]) {
      const value = centimes / 100;
      const options = { minimumFractionDigits: 2 };
      expect(parseMoney(value.toLocaleString("fr-MA", options)).amount).toBe(centimes);
      expect(parseMoney(value.toLocaleString("en-US", options)).amount).toBe(centimes);
    }
  });
});
