import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_AMOUNT_IN_WORDS } from "./currencies";
import { AmountInWordsError } from "./errors";
import { invoiceTotalInWords } from "./invoice-total";

const mad = (amount: number) => ({ amount, currency: "MAD" });

describe("invoiceTotalInWords", () => {
  it("closes a French invoice with Arrêtée, agreeing with facture", () => {
    expect(invoiceTotalInWords(mad(17_000_000), "fr-MA")).toBe(
      "Arrêtée la présente facture à la somme de cent soixante-dix mille dirhams.",
    );
  });

  it("closes an Arabic invoice with حصرت", () => {
    expect(invoiceTotalInWords(mad(17_000_000), "ar-MA")).toBe(
      "حصرت هذه الفاتورة في مبلغ مائة وسبعون ألف درهم.",
    );
  });

  it("closes an English invoice", () => {
    expect(invoiceTotalInWords(mad(17_000_050), "en")).toBe(
      "This invoice is closed at the sum of one hundred seventy thousand dirhams and fifty centimes.",
    );
  });

  it("closes a receipt in each language, agreeing with reçu and الوصل", () => {
    expect(invoiceTotalInWords(mad(470_000_000), "fr-MA", { document: "receipt" })).toBe(
      "Arrêté le présent reçu à la somme de quatre millions sept cent mille dirhams.",
    );
    expect(invoiceTotalInWords(mad(470_000_000), "ar-MA", { document: "receipt" })).toBe(
      "حصر هذا الوصل في مبلغ أربعة ملايين وسبعمائة ألف درهم.",
    );
    expect(invoiceTotalInWords(mad(100), "en", { document: "receipt" })).toBe(
      "This receipt is closed at the sum of one dirham.",
    );
  });

  it("writes a zgh invoice as a whole Arabic sentence, following the fallback chain", () => {
    expect(invoiceTotalInWords(mad(100_000), "zgh")).toBe("حصرت هذه الفاتورة في مبلغ ألف درهم.");
  });

  it("passes the spelling options on to the words", () => {
    expect(invoiceTotalInWords(mad(20_000), "ar-MA", { arabicHundred: "مئة" })).toBe(
      "حصرت هذه الفاتورة في مبلغ مئتا درهم.",
    );
    expect(invoiceTotalInWords(mad(20_000_000), "fr-MA", { reform1990: true })).toBe(
      "Arrêtée la présente facture à la somme de deux-cent-mille dirhams.",
    );
  });

  it("refuses a negative total with the same typed error as amountInWords", () => {
    expect(() => invoiceTotalInWords(mad(-100), "fr-MA")).toThrow(AmountInWordsError);
  });

  it.each([
    [100, "Arrêtée la présente facture à la somme d'un dirham."],
    [101, "Arrêtée la présente facture à la somme d'un dirham et un centime."],
    [1, "Arrêtée la présente facture à la somme d'un centime."],
    [100_000_000, "Arrêtée la présente facture à la somme d'un million de dirhams."],
    [100_000_000_000, "Arrêtée la présente facture à la somme d'un milliard de dirhams."],
    [1_100, "Arrêtée la présente facture à la somme de onze dirhams."],
    [800, "Arrêtée la présente facture à la somme de huit dirhams."],
    [2_100, "Arrêtée la présente facture à la somme de vingt et un dirhams."],
  ])("elides de before un, and only before un: %i centimes", (amount, expected) => {
    expect(invoiceTotalInWords(mad(amount), "fr-MA")).toBe(expected);
  });

  it("elides de before un in a receipt and under the 1990 reform too", () => {
    expect(
      invoiceTotalInWords({ amount: 100_000_000, currency: "EUR" }, "fr-MA", { document: "receipt" }),
    ).toBe("Arrêté le présent reçu à la somme d'un million d'euros.");
    expect(invoiceTotalInWords(mad(2_100), "fr-MA", { reform1990: true })).toBe(
      "Arrêtée la présente facture à la somme de vingt-et-un dirhams.",
    );
    expect(invoiceTotalInWords(mad(100_100), "fr-MA", { reform1990: true })).toBe(
      "Arrêtée la présente facture à la somme de mille-un dirhams.",
    );
  });

  it("never writes 'de un' in French, for any amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_IN_WORDS }), (amount) => {
        expect(invoiceTotalInWords(mad(amount), "fr-MA")).not.toMatch(/ de un\b/);
      }),
    );
  });
});
