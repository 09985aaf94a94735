import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale";
import { resolveLocale } from "./resolve-locale";

describe("resolveLocale", () => {
  it("maps every Arabic, French and English tag to the supported locale", () => {
    expect(resolveLocale("ar")).toBe("ar-MA");
    expect(resolveLocale("ar-MA")).toBe("ar-MA");
    expect(resolveLocale("ar-SA")).toBe("ar-MA");
    expect(resolveLocale("ary")).toBe("ar-MA");
    expect(resolveLocale("fr")).toBe("fr-MA");
    expect(resolveLocale("fr-FR")).toBe("fr-MA");
    expect(resolveLocale("fr_SN")).toBe("fr-MA");
    expect(resolveLocale("en-US")).toBe("en");
    expect(resolveLocale("EN-gb")).toBe("en");
  });

  it("reads Tamazight from zgh, tzm, ber and the Moroccan varieties", () => {
    for (const tag of ["zgh", "zgh-MA", "tzm", "tzm-Tfng", "ber", "shi", "rif"]) {
      expect(resolveLocale(tag)).toBe("zgh");
    }
  });

  it("takes the range with the highest q-value, ties in header order", () => {
    expect(resolveLocale("en;q=0.5, fr;q=0.8, ar;q=0.7")).toBe("fr-MA");
    expect(resolveLocale("de-CH, de;q=0.9, en;q=0.8, fr;q=0.8")).toBe("en");
    expect(resolveLocale("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toBe("fr-MA");
  });

  it("skips languages it does not have", () => {
    expect(resolveLocale("es-ES, es;q=0.9, en;q=0.3")).toBe("en");
    expect(resolveLocale("de")).toBe("ar-MA");
  });

  it("answers * with the first locale the header does not refuse", () => {
    expect(resolveLocale("*")).toBe("ar-MA");
    expect(resolveLocale("ar;q=0, *;q=0.1")).toBe("fr-MA");
    expect(resolveLocale("de, *;q=0.5")).toBe("ar-MA");
  });

  it("never answers in a language refused with q=0", () => {
    expect(resolveLocale("fr;q=0, fr-FR")).toBe("ar-MA");
    expect(resolveLocale("ar;q=0, fr;q=0, en;q=0, zgh;q=0, *")).toBe("ar-MA");
  });

  it("ignores malformed ranges but keeps the rest of the header", () => {
    expect(resolveLocale("fr;q=2, en;q=abc, zgh;q=0.4")).toBe("zgh");
    expect(resolveLocale(" , ;q=1, en")).toBe("en");
  });

  it("falls back to Arabic when there is no header", () => {
    expect(resolveLocale(undefined)).toBe("ar-MA");
    expect(resolveLocale(null)).toBe("ar-MA");
    expect(resolveLocale("")).toBe("ar-MA");
  });

  it("answers odd but well-formed headers", () => {
    expect(resolveLocale("   ")).toBe("ar-MA");
    expect(resolveLocale("*;q=0.5")).toBe("ar-MA");
    expect(resolveLocale("FR-ca")).toBe("fr-MA");
    expect(resolveLocale("fr-CA;Q=0.9, en;q=0.8")).toBe("fr-MA");
    expect(resolveLocale("tzm-Tfng-MA, ar;q=0.9")).toBe("zgh");
    expect(resolveLocale("ber;q=1.000")).toBe("zgh");
    expect(resolveLocale("de-DE;q=0.9,ar-MA;q=0.1")).toBe("ar-MA");
  });

  it("answers in the next locale of Arabic's chain when Arabic alone is refused", () => {
    expect(resolveLocale("ar;q=0")).toBe("fr-MA");
    expect(resolveLocale("de, ar;q=0")).toBe("fr-MA");
    expect(resolveLocale("ar;q=0, fr;q=0")).toBe("en");
  });

  it("refuses only what a q=0 range names: a regional range refuses no other region", () => {
    expect(resolveLocale("fr-FR;q=0, fr-CA")).toBe("fr-MA");
    expect(resolveLocale("fr-MA;q=0, fr-CA")).toBe("ar-MA");
    expect(resolveLocale("FR;Q=0, fr-CA")).toBe("ar-MA");
  });

  it("skips malformed q-values of every kind", () => {
    expect(resolveLocale("fr;q=, en")).toBe("en");
    expect(resolveLocale("fr;q=.5, en;q=0.1")).toBe("en");
    expect(resolveLocale("fr;q=-1, en;q=1.5, zgh;q=1e0, ar;q=0.0001, fr-CA;q=0.001")).toBe("fr-MA");
    expect(resolveLocale(";;;,,,=;q")).toBe("ar-MA");
  });

  it("reads a header some servers give as an array of lines", () => {
    expect(resolveLocale(["de", "fr;q=0.5"])).toBe("fr-MA");
    expect(resolveLocale([])).toBe("ar-MA");
  });

  it("reads a very long header, and finds a locale at its end", () => {
    const header = `${Array.from({ length: 5000 }, (_, i) => `x${i};q=0.5`).join(", ")}, en;q=0.4`;
    expect(resolveLocale(header)).toBe("en");
    expect(resolveLocale("a".repeat(100_000))).toBe("ar-MA");
  });

  it("never throws and always answers one of the four locales, even given no string", () => {
    const anything = fc.string({
      unit: fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    });
    const range = fc
      .tuple(
        fc.constantFrom("ar", "ar-MA", "fr", "FR-ca", "en", "zgh", "tzm-Tfng", "ber", "de", "*", "", " "),
        fc.constantFrom("", ";q=0", ";q=1", ";q=0.5", ";Q=0.3", ";q=abc", ";q=", ";q=2", ";level=1"),
      )
      .map(([tag, q]) => `${tag}${q}`);
    const header = fc.oneof(
      anything,
      fc.array(range).map((ranges) => ranges.join(",")),
    );
    fc.assert(fc.property(header, (text) => LOCALES.includes(resolveLocale(text))));
    for (const odd of [42, {}, [1, 2], true] as unknown[]) {
      expect(LOCALES).toContain(resolveLocale(odd as string));
    }
  });
});
