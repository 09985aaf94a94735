import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/calendar";
import { PAYMENTS_SINCE, soussMassa } from "../fixtures";
import { fixtureId } from "../ids/ids";
import { arrears, rentCollected } from "../leases/arrears";
import { formatReceiptNumber } from "../leases/receipt-number";
import { rentRoll } from "../leases/rent-roll";
import { sampleLease, samplePayment } from "../testing/domain-samples";
import { ArrearsAge, arrearsAgeOf, arrearsByAge, basisPointsOf } from "./overview";

const mad = (amount: number) => ({ amount, currency: "MAD" });
const lease = sampleLease({
  id: fixtureId("lease", "ma-09", 1),
  start: "2025-10-01",
  monthlyRent: mad(100_000),
});
const pay = (n: number, from: string, to: string, amount: number, paidOn: string) =>
  samplePayment({
    id: fixtureId("payment", "ma-09", n),
    leaseId: lease.id,
    period: { from, to },
    amount: mad(amount),
    paidOn,
    receiptNumber: formatReceiptNumber(Number(paidOn.slice(0, 4)), n),
  });

describe("arrears ages", () => {
  it("puts 30 days in the first age and 31 in the second, and so on at 60 and 90", () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(arrearsAgeOf)).toEqual([
      "days_0_30",
      "days_0_30",
      "days_31_60",
      "days_31_60",
      "days_61_90",
      "days_61_90",
      "days_over_90",
      "days_over_90",
    ]);
  });

  it("splits the outstanding rent by age, the ages adding up to the report's total", () => {
    // October to January fall due; October is paid, November half paid.
    const payments = [
      pay(1, "2025-10", "2025-10", 100_000, "2025-10-02"),
      pay(2, "2025-11", "2025-11", 40_000, "2025-11-03"),
    ];
    const report = arrears({ leases: [lease], payments, asOf: "2026-01-31" });
    const byAge = arrearsByAge(report);
    expect(byAge.map((a) => a.age)).toEqual(ArrearsAge.options);
    // November fell due 91 days before 31 January, December 61 days before, January 30.
    expect(byAge.map((a) => a.amount.amount)).toEqual([100_000, 0, 100_000, 60_000]);
    expect(byAge.map((a) => a.leases)).toEqual([1, 0, 1, 1]);
    expect(byAge.reduce((sum, a) => sum + a.amount.amount, 0)).toBe(report.total.outstanding);
  });

  it("adds up to the arrears total whatever the date (demo leases)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (offset) => {
        const report = arrears({
          leases: soussMassa.leases,
          payments: soussMassa.payments,
          asOf: addDays("2025-09-01", offset),
          since: PAYMENTS_SINCE,
        });
        const sum = arrearsByAge(report).reduce((total, a) => total + a.amount.amount, 0);
        expect(sum).toBe(report.total.outstanding);
      }),
      { numRuns: 25 },
    );
  });
});

describe("rent collected", () => {
  it("counts what the payments received by the date pay of the month, at most its rent", () => {
    const payments = [
      pay(1, "2025-11", "2025-11", 40_000, "2025-11-03"),
      pay(2, "2025-11", "2025-11", 90_000, "2025-12-03"),
      pay(3, "2025-12", "2026-01", 150_000, "2025-12-04"),
    ];
    const at = (month: string, asOf: string) => rentCollected({ leases: [lease], payments, month, asOf });
    expect(at("2025-11", "2025-11-30")).toBe(40_000);
    expect(at("2025-11", "2025-12-31")).toBe(100_000);
    expect(at("2025-12", "2025-12-31")).toBe(100_000);
    // January is paid ahead in December: collected before it falls due.
    expect(at("2026-01", "2025-12-31")).toBe(50_000);
    expect(at("2025-10", "2025-12-31")).toBe(0);
  });

  it("is the month's rent due less what the arrears report has outstanding for it (demo leases)", () => {
    for (const [month, asOf] of [
      ["2026-01", "2026-01-31"],
      ["2025-12", "2026-01-15"],
      ["2025-11", "2025-11-30"],
    ] as const) {
      const input = { leases: soussMassa.leases, payments: soussMassa.payments };
      const due = rentRoll({ leases: soussMassa.leases, month }).total;
      const outstanding = arrears({ ...input, asOf })
        .leases.flatMap((l) => l.unpaidMonths)
        .filter((m) => m.month === month)
        .reduce((sum, m) => sum + m.outstanding, 0);
      expect(rentCollected({ ...input, month, asOf })).toBe(due - outstanding);
    }
  });
});

describe("basis points", () => {
  it("rounds down, reaches 10,000 only when whole, and is null over nothing", () => {
    expect(basisPointsOf(1, 3)).toBe(3333);
    expect(basisPointsOf(9_999_999, 10_000_000)).toBe(9999);
    expect(basisPointsOf(5, 5)).toBe(10_000);
    expect(basisPointsOf(0, 0)).toBeNull();
  });
});
