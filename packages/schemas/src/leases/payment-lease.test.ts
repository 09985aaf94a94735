import { describe, expect, it } from "vitest";
import { sampleLease, samplePayment } from "../testing/domain-samples";
import { paymentLeaseIssues } from "./payment-lease";

const codesOf = (...args: Parameters<typeof paymentLeaseIssues>) =>
  paymentLeaseIssues(...args).map((issue) => [issue.path.join("."), issue.params.ghorfa]);

describe("paymentLeaseIssues", () => {
  const lease = sampleLease({ start: "2026-01-15", end: "2026-12-14", termMonths: undefined });

  it("accepts a rent payment for months the lease runs, its first and last included", () => {
    expect(codesOf(lease, samplePayment({ period: { from: "2026-01", to: "2026-12" } }))).toEqual([]);
  });

  it("refuses a rent period that starts before the lease or ends after it", () => {
    expect(codesOf(lease, samplePayment({ period: { from: "2025-12", to: "2027-01" } }))).toEqual([
      ["period.from", "payment_period_outside_lease"],
      ["period.to", "payment_period_outside_lease"],
    ]);
  });

  it("lets a lease that runs until further notice be paid ahead", () => {
    const open = sampleLease({ start: "2026-01-15", end: undefined, termMonths: undefined });
    expect(codesOf(open, samplePayment({ period: { from: "2030-01", to: "2030-12" } }))).toEqual([]);
  });

  it("refuses a payment in another currency than its lease's", () => {
    expect(codesOf(lease, samplePayment({ amount: { amount: 100, currency: "EUR" } }))).toEqual([
      ["amount.currency", "payment_lease_currency"],
    ]);
  });

  it("does not read the period of a payment other than rent", () => {
    const deposit = samplePayment({ kind: "deposit", period: { from: "2020-01", to: "2020-01" } });
    expect(codesOf(lease, deposit)).toEqual([]);
  });
});
