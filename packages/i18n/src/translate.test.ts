import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs } from "./catalog";
import { FSI, PDI } from "./isolate";
import { createTranslator, t } from "./translate";

beforeAll(() => loadCatalogs());

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("t", () => {
  it("isolates an interpolated value, so ISO 9001 keeps its order in an Arabic sentence", () => {
    const message = t("ar-MA", "validation.format.starts_with", { field: "المرجع", prefix: "ISO 9001" });
    expect(message).toBe(`${FSI}المرجع${PDI}: يجب أن يبدأ بـ ${FSI}ISO 9001${PDI}.`);
  });

  it("isolates an ICE inside an Arabic sentence the same way", () => {
    const message = t("ar-MA", "validation.invalid_value.one", { field: "ICE", value: "001561191000066" });
    expect(message).toContain(`${FSI}001561191000066${PDI}`);
    expect(message.indexOf(FSI)).toBe(0);
  });

  it("counts with Arabic's six plural forms: 0, 1, 2, 3, 11, 100", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plain(t("ar-MA", "money.dirhams", { n })))).toEqual([
      "0 درهم",
      "درهم واحد",
      "درهمان",
      "3 دراهم",
      "11 درهمًا",
      "100 درهم",
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => plain(t("ar-MA", "relative.hour.past", { n })))).toEqual([
      "منذ 0 ساعة",
      "منذ ساعة واحدة",
      "منذ ساعتين",
      "منذ 3 ساعات",
      "منذ 11 ساعة",
      "منذ 100 ساعة",
    ]);
    expect(
      [0, 1, 2, 3, 11, 100].map((n) => plain(t("ar-MA", "problem.validation.count", { count: n }))),
    ).toEqual([
      "لا حقل للتصحيح",
      "حقل واحد للتصحيح",
      "حقلان للتصحيح",
      "3 حقول للتصحيح",
      "11 حقلًا للتصحيح",
      "100 حقل للتصحيح",
    ]);
  });

  it("counts in French, English and Tamazight", () => {
    expect([0, 1, 2].map((n) => plain(t("fr-MA", "problem.validation.count", { count: n })))).toEqual([
      "0 champ à corriger",
      "1 champ à corriger",
      "2 champs à corriger",
    ]);
    expect([1, 2].map((n) => plain(t("en", "problem.validation.count", { count: n })))).toEqual([
      "1 field to correct",
      "2 fields to correct",
    ]);
    expect([1, 2, 11].map((n) => plain(t("zgh", "money.dirhams", { n })))).toEqual([
      "1 ⵓⴷⵔⵉⵎ",
      "2 ⵉⴷⵔⵉⵎⵏ",
      "11 ⵉⴷⵔⵉⵎⵏ",
    ]);
  });

  it("gives the problem titles the contract sends", () => {
    expect(t("fr-MA", "problem.validation.title")).toBe("Requête invalide");
    expect(t("ar-MA", "problem.rate-limited.title")).toBe("طلبات كثيرة جدًا");
    expect(t("en", "problem.precondition-failed.title")).toBe("The resource has changed");
    expect(t("zgh", "problem.forbidden.title")).toBe("ⵉⵜⵜⵓⴳⴷⵍ");
  });
});

describe("createTranslator", () => {
  it("binds t to a locale and says which way it is written", () => {
    const ar = createTranslator("ar-MA");
    expect(ar.direction).toBe("rtl");
    expect(ar.t("language.zgh")).toBe("الأمازيغية");
    const zgh = createTranslator("zgh");
    expect(zgh.direction).toBe("ltr");
    expect(zgh.t("language.ar-MA")).toBe("ⵜⴰⵄⵔⴰⴱⵜ");
  });
});
