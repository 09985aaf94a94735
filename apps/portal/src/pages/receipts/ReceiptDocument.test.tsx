import { amountInWords, formatMoney, loadCatalog } from "@ghorfa/i18n";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { type ReceiptData, ReceiptDocument } from "./ReceiptDocument";

// What the node answers for a receipt (receipts.get), as a PDF-rendering CLI would hand it over.
const receipt = {
  chamber: {
    id: "ma-09",
    names: {
      ar: "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة",
      fr: "Chambre de Commerce, d'Industrie et de Services de la région Souss-Massa",
    },
  },
  payment: {
    id: "pay_ma-09_01KG722XM00000000000000000",
    chamberId: "ma-09",
    leaseId: "lse_ma-09_01KG722XM00000000000000000",
    kind: "rent",
    period: { from: "2026-01", to: "2026-03" },
    amount: { amount: 3_600_050, currency: "MAD" },
    method: "cheque",
    paidOn: "2026-01-05",
    receiptNumber: "2026-000014",
    reference: "CHQ 4471",
  },
  lease: {
    id: "lse_ma-09_01KG722XM00000000000000000",
    start: "2020-01-01",
    monthlyRent: { amount: 1_200_000, currency: "MAD" },
    legalRegime: "law_49_16",
  },
  unit: {
    id: "unt_ma-09_01KG722XM40000000000000004",
    building: { code: "CMS", name: { ar: "المركب المتعدد الخدمات", fr: "Complexe multiservices" } },
    code: "B-01",
  },
  tenant: { id: "mem_ma-09_01KG722XMM000000000000000M", legalName: "Argan Store Agadir SARL AU" },
  amountInWords: "—",
} as ReceiptData;

beforeAll(() => Promise.all([loadCatalog("fr-MA"), loadCatalog("ar-MA")]));

describe("ReceiptDocument", () => {
  it.each(["fr-MA", "ar-MA"] as const)(
    "%s: renders from plain data alone (no provider, no request), amount in figures and in words",
    (locale) => {
      const html = renderToStaticMarkup(<ReceiptDocument receipt={receipt} locale={locale} />);
      expect(html).toContain(`lang="${locale}"`);
      expect(html).toContain(`dir="${locale === "ar-MA" ? "rtl" : "ltr"}"`);
      expect(html).toContain('data-paper="a5"');
      expect(html).toContain("2026-000014");
      expect(html).toContain(formatMoney(receipt.payment.amount, locale));
      expect(html).toContain(amountInWords(receipt.payment.amount, locale));
      expect(html).toContain("Argan Store Agadir SARL AU");
    },
  );

  it("prints on A4 when asked", () => {
    const html = renderToStaticMarkup(<ReceiptDocument receipt={receipt} locale="fr-MA" paper="a4" />);
    expect(html).toContain('data-paper="a4"');
    expect(html).toContain("trente-six mille dirhams et cinquante centimes");
  });
});
