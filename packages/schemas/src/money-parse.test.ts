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
  ])("reads %s as %i centimes of MAD", (text, centimes) => {
    expect(parseMoney(text)).toStrictEqual({ amount: centimes, currency: "MAD" });
  });

  it("takes the currency from a mark, or from the caller, in that currency's minor units", () => {
    expect(parseMoney("EUR 12.30")).toStrictEqual({ amount: 1_230, currency: "EUR" });
    expect(parseMoney("12,5 €")).toStrictEqual({ amount: 1_250, currency: "EUR" });
    expect(parseMoney("25 000 FCFA")).toStrictEqual({ amount: 25_000, currency: "XOF" });
    expect(parseMoney("12,30", "EUR")).toStrictEqual({ amount: 1_230, currency: "EUR" });
    expect(parseMoney("1,5", "TND")).toStrictEqual({ amount: 1_500, currency: "TND" });
  });

  it("refuses a mark that contradicts the caller's currency", () => {
    expect(failure("12 EUR", "MAD")).toBe("currency_mismatch");
    expect(failure("12 DH", "EUR")).toBe("currency_mismatch");
  });

  it.each(["1.234", "170,000", "12,345", "999.999"])("refuses %s, which could mean two things", (text) => {
    expect(failure(text)).toBe("ambiguous_separator");
  });

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
