import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { ghorfaCodes, samplePayment } from "../testing/domain-samples";
import { LeasePayment } from "./payment";

describe("LeasePayment", () => {
  it("accepts a rent payment for a month, with its receipt", () => {
    const payment = samplePayment();
    expect(LeasePayment.parse(payment)).toEqual(payment);
  });

  it("accepts an entry fee paid by cheque without a period", () => {
    const { period: _, ...payment } = samplePayment({
      kind: "entry_fee",
      method: "cheque",
      reference: "CHQ 0045821",
    });
    expect(LeasePayment.safeParse(payment).success).toBe(true);
  });

  it("rejects a rent payment that does not say which months it covers", () => {
    const { period: _, ...payment } = samplePayment();
    expect(ghorfaCodes(LeasePayment, payment)).toEqual(["payment_period_required"]);
  });

  it("rejects a period that ends before it starts", () => {
    expect(ghorfaCodes(LeasePayment, samplePayment({ period: { from: "2026-02", to: "2026-01" } }))).toEqual([
      "date_range_order",
    ]);
  });

  it("rejects a payment of nothing, and a negative one", () => {
    const zero = LeasePayment.safeParse(samplePayment({ amount: { amount: 0, currency: "MAD" } }));
    expect(zero.error?.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["too_small", "amount.amount"],
    ]);
    expect(LeasePayment.safeParse(samplePayment({ amount: { amount: -100, currency: "MAD" } })).success).toBe(
      false,
    );
  });

  it("rejects a receipt numbered in another year than the payment", () => {
    expect(ghorfaCodes(LeasePayment, samplePayment({ receiptNumber: "2025-000412" }))).toEqual([
      "receipt_year_mismatch",
    ]);
  });

  it("rejects a lease of another chamber", () => {
    expect(ghorfaCodes(LeasePayment, samplePayment({ leaseId: fixtureId("lease", "ma-06", 1) }))).toEqual([
      "payment_chamber_mismatch",
    ]);
  });

  it("rejects a malformed receipt number and an unknown method", () => {
    expect(LeasePayment.safeParse(samplePayment({ receiptNumber: "2026-14" })).success).toBe(false);
    expect(LeasePayment.safeParse({ ...samplePayment(), method: "barter" }).success).toBe(false);
  });
});
