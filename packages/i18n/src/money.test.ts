import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs } from "./catalog";
import { formatMoney, MoneyFormatError } from "./money";

beforeAll(() => loadCatalogs());

const RLM = "\u200f";
const NBSP = "\u00a0";
const mad = (amount: number | bigint) => ({ amount, currency: "MAD" });

describe("formatMoney, as ICU writes it", () => {
  it("writes Arabic with Western digits, a dot per thousand and right-to-left marks", () => {
    expect(formatMoney(mad(17_000_000), "ar-MA")).toBe(`${RLM}170.000,00${NBSP}د.م.${RLM}`);
  });

  it("writes French, English and Tamazight as their ICU data says", () => {
    expect(formatMoney(mad(17_000_000), "fr-MA")).toBe(`170.000,00${NBSP}MAD`);
    expect(formatMoney(mad(17_000_000), "en")).toBe(`MAD${NBSP}170,000.00`);
    expect(formatMoney(mad(17_000_000), "zgh")).toBe(`170${NBSP}000,00${NBSP}MAD`);
    expect(formatMoney({ amount: -5 }, "en")).toBe(`-MAD${NBSP}0.05`);
  });

  it("keeps every centime of the largest safe amount, where a float would not", () => {
    expect(formatMoney(mad(Number.MAX_SAFE_INTEGER), "ar-MA")).toBe(
      `${RLM}90.071.992.547.409,91${NBSP}د.م.${RLM}`,
    );
    expect(formatMoney(mad(123_456_789_012_345_678n), "en")).toBe(`MAD${NBSP}1,234,567,890,123,456.78`);
  });

  it("refuses an amount that is not a whole number of centimes", () => {
    expect(() => formatMoney(mad(10.5), "fr-MA")).toThrow(MoneyFormatError);
    expect(() => formatMoney(mad(2 ** 60), "fr-MA")).toThrow(MoneyFormatError);
  });
});

describe("formatMoney, document style", () => {
  it("writes the amounts of Moroccan invoices", () => {
    expect(formatMoney(mad(17_000_000), "ar-MA", { style: "document" })).toBe(`170.000,00${NBSP}درهم`);
    expect(formatMoney(mad(17_000_000), "fr-MA", { style: "document" })).toBe(`170${NBSP}000,00${NBSP}DH`);
    expect(formatMoney(mad(17_000_000), "en", { style: "document" })).toBe(`MAD${NBSP}170,000.00`);
    expect(formatMoney(mad(17_000_000), "zgh", { style: "document" })).toBe(`170${NBSP}000,00${NBSP}ⴷⵔⵎ`);
  });

  it("writes centimes alone, and a currency without centimes", () => {
    expect(formatMoney(mad(5), "fr-MA", { style: "document" })).toBe(`0,05${NBSP}DH`);
    expect(formatMoney({ amount: 150_000, currency: "XOF" }, "fr-MA", { style: "document" })).toBe(
      `150${NBSP}000${NBSP}XOF`,
    );
    expect(formatMoney({ amount: 123_456, currency: "EUR" }, "ar-MA", { style: "document" })).toBe(
      `1.234,56${NBSP}EUR`,
    );
  });

  it("writes back exactly the centimes it was given, for any amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (centimes) => {
        const text = formatMoney(mad(centimes), "fr-MA", { style: "document" });
        const digits = text.replace(`${NBSP}DH`, "").replaceAll(NBSP, "").replace(",", "");
        return BigInt(digits) === centimes;
      }),
    );
  });
});

describe("formatMoney, compact style", () => {
  it("writes the large amounts of the source document in Arabic", () => {
    expect(formatMoney(mad(90_000_000_000_000), "ar-MA", { style: "compact" })).toBe("900 مليار درهم");
    expect(formatMoney(mad(40_000_000_000_000), "ar-MA", { style: "compact" })).toBe("400 مليار درهم");
    expect(formatMoney(mad(470_000_000), "ar-MA", { style: "compact" })).toBe("4,7 مليون درهم");
    expect(formatMoney(mad(17_000_000), "ar-MA", { style: "compact" })).toBe("170 ألف درهم");
  });

  it("counts thousands, millions and milliards with Arabic's forms", () => {
    expect(formatMoney(mad(100_000), "ar-MA", { style: "compact" })).toBe("ألف درهم");
    expect(formatMoney(mad(200_000), "ar-MA", { style: "compact" })).toBe("ألفا درهم");
    expect(formatMoney(mad(300_000), "ar-MA", { style: "compact" })).toBe("3 آلاف درهم");
    expect(formatMoney(mad(1_100_000), "ar-MA", { style: "compact" })).toBe("11 ألف درهم");
    expect(formatMoney(mad(300_000_000), "ar-MA", { style: "compact" })).toBe("3 ملايين درهم");
    expect(formatMoney(mad(300_000_000_000), "ar-MA", { style: "compact" })).toBe("3 مليارات درهم");
    expect(formatMoney(mad(1_200), "ar-MA", { style: "compact" })).toBe("12 درهمًا");
  });

  it("writes them in French, English and Tamazight", () => {
    expect(formatMoney(mad(90_000_000_000_000), "fr-MA", { style: "compact" })).toBe(
      "900 milliards de dirhams",
    );
    expect(formatMoney(mad(470_000_000), "fr-MA", { style: "compact" })).toBe("4,7 millions de dirhams");
    expect(formatMoney(mad(150_000_000), "fr-MA", { style: "compact" })).toBe("1,5 million de dirhams");
    expect(formatMoney(mad(17_000_000), "fr-MA", { style: "compact" })).toBe("170 mille dirhams");
    expect(formatMoney(mad(90_000_000_000_000), "en", { style: "compact" })).toBe("900 billion dirhams");
    expect(formatMoney(mad(470_000_000), "en", { style: "compact" })).toBe("4.7 million dirhams");
    expect(formatMoney(mad(90_000_000_000_000), "zgh", { style: "compact" })).toBe("900 ⵉⵎⵍⵢⴰⵔⵏ ⵏ ⵉⴷⵔⵉⵎⵏ");
  });

  it("leaves other currencies to ICU's compact notation", () => {
    expect(formatMoney({ amount: 90_000_000_000_000, currency: "EUR" }, "fr-MA", { style: "compact" })).toBe(
      `900${NBSP}Md${NBSP}€`,
    );
  });
});

describe("formatMoney, edge amounts and other currencies", () => {
  const LRM = "\u200e";
  const LOCALE_LIST = ["ar-MA", "fr-MA", "en", "zgh"] as const;

  it("writes 10^15 centimes exactly in every locale and style", () => {
    const huge = mad(10n ** 15n);
    expect(formatMoney(huge, "ar-MA")).toBe(`${RLM}10.000.000.000.000,00${NBSP}د.م.${RLM}`);
    expect(formatMoney(huge, "fr-MA")).toBe(`10.000.000.000.000,00${NBSP}MAD`);
    expect(formatMoney(huge, "en")).toBe(`MAD${NBSP}10,000,000,000,000.00`);
    expect(formatMoney(huge, "zgh")).toBe(`10${NBSP}000${NBSP}000${NBSP}000${NBSP}000,00${NBSP}MAD`);
    expect(formatMoney(huge, "ar-MA", { style: "document" })).toBe(`10.000.000.000.000,00${NBSP}درهم`);
    expect(formatMoney(huge, "fr-MA", { style: "document" })).toBe(
      `10${NBSP}000${NBSP}000${NBSP}000${NBSP}000,00${NBSP}DH`,
    );
    expect(formatMoney(mad(10 ** 15 - 1), "en", { style: "document" })).toBe(
      `MAD${NBSP}9,999,999,999,999.99`,
    );
  });

  it("writes zero and one centime", () => {
    expect(formatMoney(mad(0), "ar-MA")).toBe(`${RLM}0,00${NBSP}د.م.${RLM}`);
    expect(formatMoney(mad(0), "fr-MA", { style: "document" })).toBe(`0,00${NBSP}DH`);
    expect(formatMoney(mad(1), "ar-MA", { style: "document" })).toBe(`0,01${NBSP}درهم`);
    expect(formatMoney(mad(1), "en", { style: "document" })).toBe(`MAD${NBSP}0.01`);
    expect(formatMoney(mad(1), "zgh", { style: "document" })).toBe(`0,01${NBSP}ⴷⵔⵎ`);
  });

  it("writes a negative amount's sign before the whole amount, as ICU does", () => {
    expect(formatMoney(mad(-17_000_000), "ar-MA")).toBe(`${RLM}${LRM}-170.000,00${NBSP}د.م.${RLM}`);
    expect(formatMoney(mad(-17_000_000), "en")).toBe(`-MAD${NBSP}170,000.00`);
    expect(formatMoney(mad(-17_000_000), "en", { style: "document" })).toBe(`-MAD${NBSP}170,000.00`);
    expect(formatMoney(mad(-17_000_000), "fr-MA", { style: "document" })).toBe(`-170${NBSP}000,00${NBSP}DH`);
    expect(formatMoney(mad(-17_000_000), "zgh", { style: "document" })).toBe(`-170${NBSP}000,00${NBSP}ⴷⵔⵎ`);
  });

  it("keeps the minus on the left of the digits in an Arabic line, with a left-to-right mark", () => {
    expect(formatMoney(mad(-17_000_000), "ar-MA", { style: "document" })).toBe(
      `${LRM}-170.000,00${NBSP}درهم`,
    );
    expect(formatMoney(mad(-1), "ar-MA", { style: "document" })).toBe(`${LRM}-0,01${NBSP}درهم`);
  });

  it("writes a negative amount as the minus and the amount, in every locale and style", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.constantFrom(...LOCALE_LIST),
        fc.constantFrom("document" as const, "compact" as const),
        (centimes, locale, style) => {
          const minus = locale === "ar-MA" ? `${LRM}-` : "-";
          expect(formatMoney(mad(-centimes), locale, { style })).toBe(
            `${minus}${formatMoney(mad(centimes), locale, { style })}`,
          );
        },
      ),
    );
  });

  it("keeps the sign of a negative compact amount, even where Arabic drops the number", () => {
    expect(formatMoney(mad(-100_000), "ar-MA", { style: "compact" })).toBe(`${LRM}-ألف درهم`);
    expect(formatMoney(mad(-200_000), "ar-MA", { style: "compact" })).toBe(`${LRM}-ألفا درهم`);
    expect(formatMoney(mad(-470_000_000), "fr-MA", { style: "compact" })).toBe("-4,7 millions de dirhams");
    expect(formatMoney(mad(-470_000_000), "en", { style: "compact" })).toBe("-4.7 million dirhams");
  });

  it("moves to the next magnitude when rounding reaches a thousand of the current one", () => {
    expect(formatMoney(mad(99_960_000), "ar-MA", { style: "compact" })).toBe("مليون درهم");
    expect(formatMoney(mad(99_950_000), "fr-MA", { style: "compact" })).toBe("1 million de dirhams");
    expect(formatMoney(mad(99_999_900_000), "en", { style: "compact" })).toBe("1 billion dirhams");
    expect(formatMoney(mad(9_996_000), "fr-MA", { style: "compact" })).toBe("100 mille dirhams");
    expect(formatMoney(mad(99_949_999), "fr-MA", { style: "compact" })).toBe("999 mille dirhams");
  });

  it("never writes a compact count of a thousand or more below the milliards", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (centimes) => {
        const text = formatMoney(mad(centimes), "en", { style: "compact" });
        const count = Number(/^[\d,.]+/.exec(text)?.[0].replaceAll(",", "") ?? "0");
        expect(count).toBeLessThan(1000);
      }),
    );
  });

  it("writes euros and dollars as ICU does, and in documents with their ISO code", () => {
    expect(formatMoney({ amount: 123_456, currency: "EUR" }, "fr-MA")).toBe(`1.234,56${NBSP}€`);
    expect(formatMoney({ amount: 123_456, currency: "EUR" }, "en")).toBe("€1,234.56");
    expect(formatMoney({ amount: -123_456, currency: "EUR" }, "ar-MA")).toBe(`${RLM}${LRM}-1.234,56${NBSP}€`);
    expect(formatMoney({ amount: 123_456, currency: "USD" }, "ar-MA")).toBe(`${RLM}1.234,56${NBSP}US$`);
    expect(formatMoney({ amount: 123_456, currency: "USD" }, "fr-MA")).toBe(`1.234,56${NBSP}$US`);
    expect(formatMoney({ amount: 123_456, currency: "USD" }, "en")).toBe("$1,234.56");
    expect(formatMoney({ amount: 123_456, currency: "USD" }, "zgh", { style: "document" })).toBe(
      `1${NBSP}234,56${NBSP}USD`,
    );
    expect(formatMoney({ amount: -123_456, currency: "EUR" }, "en", { style: "document" })).toBe(
      `-1,234.56${NBSP}EUR`,
    );
  });

  it("reads a currency code in any case", () => {
    expect(formatMoney({ amount: 100, currency: "mad" }, "fr-MA", { style: "document" })).toBe(
      `1,00${NBSP}DH`,
    );
    expect(formatMoney({ amount: 100, currency: "eur" }, "en", { style: "document" })).toBe(`1.00${NBSP}EUR`);
  });
});
