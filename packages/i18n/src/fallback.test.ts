import { describe, expect, it } from "vitest";
import { FALLBACK_CHAINS, fallbackChain, pickText } from "./fallback";
import { LOCALES } from "./locale";

describe("fallbackChain", () => {
  it("starts with the locale itself and never repeats a locale", () => {
    for (const locale of LOCALES) {
      const chain = fallbackChain(locale);
      expect(chain[0]).toBe(locale);
      expect(new Set(chain).size).toBe(chain.length);
    }
  });

  it("reaches both Arabic and French from every locale", () => {
    for (const chain of Object.values(FALLBACK_CHAINS)) {
      expect(chain).toContain("ar-MA");
      expect(chain).toContain("fr-MA");
    }
  });

  it("goes Tamazight → Arabic → French → English, and English → French → Arabic", () => {
    expect(fallbackChain("zgh")).toEqual(["zgh", "ar-MA", "fr-MA", "en"]);
    expect(fallbackChain("en")).toEqual(["en", "fr-MA", "ar-MA"]);
    expect(fallbackChain("ar-MA")).toEqual(["ar-MA", "fr-MA", "en"]);
    expect(fallbackChain("fr-MA")).toEqual(["fr-MA", "en", "ar-MA"]);
  });
});

describe("pickText", () => {
  const name = { ar: "غرفة سوس ماسة", fr: "CCIS Souss-Massa" };

  it("gives the reader's own language when it is there", () => {
    expect(pickText(name, "fr-MA")).toEqual({ text: "CCIS Souss-Massa", locale: "fr-MA" });
    expect(pickText(name, "ar-MA")).toEqual({ text: "غرفة سوس ماسة", locale: "ar-MA" });
  });

  it("falls back along the chain and says which language it found", () => {
    expect(pickText(name, "zgh")).toEqual({ text: "غرفة سوس ماسة", locale: "ar-MA" });
    expect(pickText(name, "en")).toEqual({ text: "CCIS Souss-Massa", locale: "fr-MA" });
    expect(pickText({ ar: "أكادير", en: "Agadir" }, "fr-MA")).toEqual({ text: "Agadir", locale: "en" });
  });

  it("skips blank texts and finds nothing in an empty text", () => {
    expect(pickText({ zgh: " ", fr: "Agadir" }, "zgh")).toEqual({ text: "Agadir", locale: "fr-MA" });
    expect(pickText({}, "ar-MA")).toBeUndefined();
  });
});
