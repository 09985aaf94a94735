import { describe, expect, it } from "vitest";
import { pluralRules } from "./plural";

const sample = [0, 1, 2, 3, 11, 100];

describe("pluralRules", () => {
  it("gives Arabic its six categories", () => {
    const rules = pluralRules("ar-MA");
    expect(sample.map((n) => rules.select(n))).toEqual(["zero", "one", "two", "few", "many", "other"]);
    expect([10, 99, 102, 103, 111, 1000].map((n) => rules.select(n))).toEqual([
      "few",
      "many",
      "other",
      "few",
      "many",
      "other",
    ]);
    expect(new Set(rules.categories)).toEqual(new Set(["zero", "one", "two", "few", "many", "other"]));
  });

  it("treats 0 and 1 as singular in French, only 1 in English", () => {
    expect(sample.map((n) => pluralRules("fr-MA").select(n))).toEqual([
      "one",
      "one",
      "other",
      "other",
      "other",
      "other",
    ]);
    expect(sample.map((n) => pluralRules("en").select(n))).toEqual([
      "other",
      "one",
      "other",
      "other",
      "other",
      "other",
    ]);
    expect(pluralRules("fr-MA").select(1.5)).toBe("one");
  });

  it("ships Tamazight rules that ICU lacks: singular for one only", () => {
    const rules = pluralRules("zgh");
    expect(sample.map((n) => rules.select(n))).toEqual(["other", "one", "other", "other", "other", "other"]);
    expect([21, 1.5, 101].map((n) => rules.select(n))).toEqual(["other", "other", "other"]);
    expect(rules.categories).toEqual(["one", "other"]);
  });

  it("has ordinal rules for every locale", () => {
    expect(pluralRules("en", { ordinal: true }).select(2)).toBe("two");
    expect(pluralRules("fr-MA", { ordinal: true }).select(1)).toBe("one");
    expect(pluralRules("zgh", { ordinal: true }).select(1)).toBe("other");
  });
});
