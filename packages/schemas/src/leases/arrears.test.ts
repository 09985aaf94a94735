import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LAST_SUPPORTED_MONTH } from "../calendar/dates";
import { soussMassa } from "../fixtures";
import { fixtureId } from "../ids/ids";
import { sampleLease, samplePayment } from "../testing/domain-samples";
import { ArrearsReport, allocateRentPayments, arrears, combineArrears } from "./arrears";
import type { LeasePayment } from "./payment";
import { formatReceiptNumber } from "./receipt-number";

const mad = (amount: number) => ({ amount, currency: "MAD" });
const leaseA = sampleLease({
  id: fixtureId("lease", "ma-09", 1),
  start: "2025-10-01",
  monthlyRent: mad(100_000),
});
const leaseB = sampleLease({
  id: fixtureId("lease", "ma-09", 2),
  start: "2025-11-01",
  monthlyRent: mad(100_000),
});
let receipt = 0;
const pay = (
  lease: typeof leaseA,
  from: string,
  to: string,
  amount: number,
  paidOn: string,
  extra: Partial<LeasePayment> = {},
) =>
  samplePayment({
    id: fixtureId("payment", "ma-09", ++receipt),
    leaseId: lease.id,
    period: { from, to },
    amount: mad(amount),
    paidOn,
    receiptNumber: formatReceiptNumber(Number(paidOn.slice(0, 4)), receipt),
    ...extra,
  });

describe("arrears", () => {
  const payments = [
    pay(leaseA, "2025-10", "2025-10", 100_000, "2025-10-03"),
    pay(leaseA, "2025-11", "2025-12", 200_000, "2025-11-05"),
    pay(leaseB, "2025-11", "2025-11", 100_000, "2025-11-04"),
    pay(leaseB, "2025-12", "2025-12", 50_000, "2025-12-06"),
    pay(leaseB, "2026-02", "2026-02", 100_000, "2026-01-10"),
    pay(leaseA, "2026-01", "2026-01", 100_000, "2026-01-25"),
    pay(leaseA, "2026-01", "2026-01", 30_000, "2026-01-02", { kind: "charges" }),
  ];
  const report = arrears({ leases: [leaseA, leaseB], payments, asOf: "2026-01-20" });

  it("owes every month fallen due by the date, minus the rent paid for those months", () => {
    const a = report.leases.find((l) => l.leaseId === leaseA.id);
    expect(a).toMatchObject({
      due: 400_000,
      paid: 300_000,
      outstanding: 100_000,
      oldestUnpaidMonth: "2026-01",
    });
    expect(a?.daysOverdue).toBe(19);
  });

  it("does not count a payment received after the date, nor a payment that is not rent", () => {
    const later = arrears({ leases: [leaseA], payments, asOf: "2026-01-31" });
    expect(later.leases[0]?.outstanding).toBe(0);
    expect(later.leases[0]?.daysOverdue).toBe(0);
  });

  it("does not let a prepaid month pay an earlier one, and reports a partly paid month", () => {
    const b = report.leases.find((l) => l.leaseId === leaseB.id);
    expect(b?.unpaidMonths).toEqual([
      { month: "2025-12", dueOn: "2025-12-01", due: 100_000, paid: 50_000, outstanding: 50_000 },
      { month: "2026-01", dueOn: "2026-01-01", due: 100_000, paid: 0, outstanding: 100_000 },
    ]);
    expect(b).toMatchObject({ outstanding: 150_000, oldestUnpaidMonth: "2025-12", daysOverdue: 50 });
  });

  it("is a report its wire schema accepts as it is", () => {
    expect(ArrearsReport.parse(report)).toEqual(report);
  });

  it("lists the most outstanding lease first and totals the report", () => {
    expect(report.leases.map((l) => l.leaseId)).toEqual([leaseB.id, leaseA.id]);
    expect(report.total).toEqual({ due: 700_000, paid: 450_000, outstanding: 250_000 });
  });

  it("makes the first month of a mid-month lease due on its start, pro rata", () => {
    const late = sampleLease({
      id: fixtureId("lease", "ma-09", 3),
      start: "2026-01-15",
      monthlyRent: mad(310_000),
    });
    expect(arrears({ leases: [late], payments: [], asOf: "2026-01-14" }).leases).toEqual([]);
    const entry = arrears({ leases: [late], payments: [], asOf: "2026-01-20" }).leases[0];
    expect(entry?.unpaidMonths).toEqual([
      { month: "2026-01", dueOn: "2026-01-15", due: 170_000, paid: 0, outstanding: 170_000 },
    ]);
    expect(entry?.daysOverdue).toBe(5);
  });

  it("makes a month's rent due on its due day itself, overdue by 0 days, and not the day before", () => {
    const lease = sampleLease({
      id: fixtureId("lease", "ma-09", 4),
      start: "2026-01-01",
      monthlyRent: mad(100_000),
    });
    const january = pay(lease, "2026-01", "2026-01", 100_000, "2026-01-01");
    const eve = arrears({ leases: [lease], payments: [january], asOf: "2026-01-31" }).leases[0];
    expect(eve?.outstanding).toBe(0);
    const dueDay = arrears({ leases: [lease], payments: [january], asOf: "2026-02-01" }).leases[0];
    expect(dueDay).toMatchObject({ outstanding: 100_000, oldestUnpaidMonth: "2026-02", daysOverdue: 0 });
    const paidOnDueDay = pay(lease, "2026-02", "2026-02", 100_000, "2026-02-01");
    const settled = arrears({ leases: [lease], payments: [january, paidOnDueDay], asOf: "2026-02-01" });
    expect(settled.total).toEqual({ due: 200_000, paid: 200_000, outstanding: 0 });
  });

  it("counts days overdue across a leap February", () => {
    const lease = sampleLease({
      id: fixtureId("lease", "ma-09", 5),
      start: "2028-02-01",
      monthlyRent: mad(100_000),
    });
    const entry = arrears({ leases: [lease], payments: [], asOf: "2028-03-01" }).leases[0];
    expect(entry).toMatchObject({ oldestUnpaidMonth: "2028-02", daysOverdue: 29, outstanding: 200_000 });
  });

  it("leaves out the months before `since`, for payments that do not go back to the start", () => {
    const report = arrears({ leases: [leaseA, leaseB], payments: [], asOf: "2026-01-20", since: "2026-01" });
    expect(report.leases.map((l) => l.unpaidMonths.map((m) => m.month))).toEqual([["2026-01"], ["2026-01"]]);
    expect(report).toMatchObject({ since: "2026-01", total: { due: 200_000, outstanding: 200_000 } });
  });

  it("leaves out drafts and cancelled leases", () => {
    const draft = { ...leaseA, status: "draft" as const };
    expect(arrears({ leases: [draft], payments: [], asOf: "2026-01-20" }).leases).toEqual([]);
  });
});

describe("allocateRentPayments", () => {
  const schedule = ["2025-11", "2025-12", "2026-01"].map((month) => ({ month, amount: 100_000 }));

  it("pays the months of a period in turn, and leaves an overpayment on the period's last month", () => {
    const paid = allocateRentPayments(schedule, [
      {
        period: { from: "2025-11", to: "2025-12" },
        amount: mad(250_000),
        paidOn: "2025-11-02",
        receiptNumber: "2025-000001",
      },
    ]);
    expect(Object.fromEntries(paid)).toEqual({ "2025-11": 100_000, "2025-12": 150_000 });
  });

  it("never loses or invents a centime", () => {
    const month = fc
      .integer({ min: 0, max: 5 })
      .map((k) => new Date(Date.UTC(2025, 9 + k, 1)).toISOString().slice(0, 7));
    const payment = fc
      .record({
        a: month,
        b: month,
        amount: fc.integer({ min: 1, max: 1_000_000 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ a, b, amount, day }) => ({
        period: a <= b ? { from: a, to: b } : { from: b, to: a },
        amount: mad(amount),
        paidOn: `2025-10-${String(day).padStart(2, "0")}`,
        receiptNumber: "2025-000001",
      }));
    const dues = fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(dues, fc.array(payment, { maxLength: 12 }), (amounts, payments) => {
        const sched = amounts.map((amount, k) => ({
          month: new Date(Date.UTC(2025, 10 + k, 1)).toISOString().slice(0, 7),
          amount,
        }));
        const paid = allocateRentPayments(sched, payments);
        const total = [...paid.values()].reduce((a, b) => a + b, 0);
        expect(total).toBe(payments.reduce((sum, p) => sum + p.amount.amount, 0));
        const lastMonths = new Set(payments.map((p) => p.period.to));
        for (const [m, amount] of paid) {
          const due = sched.find((s) => s.month === m)?.amount ?? 0;
          if (!lastMonths.has(m)) expect(amount).toBeLessThanOrEqual(due);
        }
      }),
    );
  });
});

describe("arrears over far dates", () => {
  it("answers when a payment's period reaches past the supported years (once an endless loop)", () => {
    const lease = sampleLease({ start: "2026-01-01", termMonths: undefined, end: undefined });
    const far = samplePayment({ leaseId: lease.id, period: { from: "9999-11", to: "9999-12" } });
    const report = arrears({ leases: [lease], payments: [far], asOf: "2026-03-01" });
    expect(report.total.due).toBe(3 * lease.monthlyRent.amount);
    expect(allocateRentPayments([], [far]).get(LAST_SUPPORTED_MONTH)).toBe(far.amount.amount);
  });
});

describe("combineArrears", () => {
  it("gives, from the reports of any split of the leases, the report of all of them at once", () => {
    const { leases, payments } = soussMassa;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: leases.length + 1 }),
        fc.constantFrom("2026-03-31", "2027-06-15"),
        (size, asOf) => {
          const parts = [];
          for (let i = 0; i < leases.length; i += size) {
            const chunk = leases.slice(i, i + size);
            const ids = new Set(chunk.map((lease) => lease.id));
            parts.push(
              arrears({ leases: chunk, payments: payments.filter((p) => ids.has(p.leaseId)), asOf }),
            );
          }
          expect(combineArrears(parts)).toEqual(arrears({ leases, payments, asOf }));
        },
      ),
      { seed: 10, numRuns: 20 },
    );
  });
});
