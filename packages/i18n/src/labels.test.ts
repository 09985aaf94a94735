import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs } from "./catalog";
import { enumLabel, fieldLabel, formatList, regionName } from "./labels";

beforeAll(() => loadCatalogs());

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("enumLabel and regionName", () => {
  it("name enum values and regions in each locale", () => {
    expect(enumLabel("fr-MA", "LegalForm", "sarl_au")).toBe("SARL à associé unique (SARL AU)");
    expect(enumLabel("ar-MA", "PaymentKind", "entry_fee")).toBe("الحق في الكراء");
    expect(enumLabel("en", "AgreementKind", "mou")).toBe("Memorandum of understanding");
    expect(enumLabel("zgh", "Section", "commerce")).toBe("ⵜⴰⵙⴰⴳⵓⵍⵜ");
    expect(regionName("ar-MA", "ma-09")).toBe("سوس ماسة");
    expect(regionName("zgh", "ma-09")).toBe("ⵙⵓⵙ ⵎⴰⵙⵙⴰ");
  });
});

describe("fieldLabel", () => {
  it("names a field by the last non-numeric segment of its path", () => {
    expect(fieldLabel("fr-MA", ["identifiers", "ice"])).toBe("ICE");
    expect(fieldLabel("ar-MA", ["parties", 2, "role"])).toBe("الدور");
    expect(fieldLabel("en", ["commitments", 0])).toBe("Commitments");
  });

  it("qualifies a generic field by its parent", () => {
    expect(fieldLabel("fr-MA", ["monthlyRent", "amount"])).toBe("Loyer mensuel – Montant");
    expect(fieldLabel("ar-MA", ["activity", "fr"])).toBe("النشاط – الفرنسية");
    expect(fieldLabel("en", ["amount"])).toBe("Amount");
  });

  it("does not qualify a field by a parent of the same label", () => {
    expect(fieldLabel("fr-MA", ["amount", "amount"])).toBe("Montant");
    expect(fieldLabel("ar-MA", ["amount", "amount"])).toBe("المبلغ");
    expect(fieldLabel("fr-MA", ["amount", "currency"])).toBe("Montant – Devise");
  });

  it("falls back to the field's own name, and to 'value' at the root", () => {
    expect(fieldLabel("fr-MA", ["nickname"])).toBe("nickname");
    expect(fieldLabel("fr-MA", [])).toBe("Valeur");
    expect(fieldLabel("zgh", [])).toBe("ⴰⵣⴰⵍ");
  });
});

describe("formatList", () => {
  it("joins items as each language does, each one isolated", () => {
    expect(plain(formatList("fr-MA", ["a", "b", "c"]))).toBe("a, b et c");
    expect(plain(formatList("ar-MA", ["a", "b", "c"]))).toBe("a، b وc");
    expect(plain(formatList("zgh", ["a", "b"]))).toBe("a ⴷ b");
    expect(formatList("en", ["ICE"])).toBe("\u2068ICE\u2069");
    expect(formatList("en", [])).toBe("");
  });
});
