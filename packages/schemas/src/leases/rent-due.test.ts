import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DateRangeError, LAST_SUPPORTED_MONTH } from "../calendar/dates";
import { sampleLease } from "../testing/domain-samples";
import type { LeaseTerms } from "./lease-term";
import { rentDue, rentSchedule } from "./rent-due";

const mad = (amount: number) => ({ amount, currency: "MAD" });

// An oracle written independently of the implementation: walk the lease day by day with Date,
// and add each day's rent over its month's length as an exact fraction (common denominator).
const L = 377_580n;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
function exactByMonth(lease: LeaseTerms, lastDay: string): Map<string, bigint> {
  const steps = lease.rentHistory ?? [];
  const out = new Map<string, bigint>();
  for (let t = Date.parse(lease.start); iso(t) <= lastDay; t += DAY) {
    const day = iso(t);
    const step = steps.filter((s) => s.effectiveFrom <= day).at(-1) ?? steps[0];
    const rent = BigInt(step ? step.monthlyRent.amount : lease.monthlyRent.amount);
    const d = new Date(t);
    const monthDays = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    out.set(day.slice(0, 7), (out.get(day.slice(0, 7)) ?? 0n) + rent * (L / BigInt(monthDays)));
  }
  return out;
}
const halfUp = (exact: bigint) => (2n * exact + L) / (2n * L);

const finiteLease: fc.Arbitrary<LeaseTerms> = fc
  .record({
    start: fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }),
    days: fc.integer({ min: 0, max: 1_500 }),
    rents: fc.array(fc.integer({ min: 0, max: 2_000_000_000 }), { minLength: 1, maxLength: 4 }),
    stepOffsets: fc.uniqueArray(fc.integer({ min: 1, max: 1_500 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ start, days, rents, stepOffsets }) => {
    const first = iso(start.getTime());
    const offsets = [0, ...[...stepOffsets].sort((a, b) => a - b)].slice(0, rents.length);
    const rentHistory = offsets.map((offset, i) => ({
      effectiveFrom: iso(start.getTime() + offset * DAY),
      monthlyRent: mad(rents[i] ?? 0),
    }));
    const last = rentHistory.at(-1)?.monthlyRent ?? mad(0);
    return {
      start: first,
      end: iso(start.getTime() + days * DAY),
      monthlyRent: last,
      rentHistory,
      status: "active",
    };
  });

describe("rentDue", () => {
  it("owes pro rata by days in the first and last months, and the full rent between", () => {
    const lease = sampleLease({ start: "2026-01-15", end: "2026-03-14", monthlyRent: mad(310_000) });
    expect(["2026-01", "2026-02", "2026-03"].map((m) => rentDue(lease, m))).toEqual([
      170_000, 310_000, 140_000,
    ]);
  });

  it("rounds half-up to the centime, and settles the last month so the total does not drift", () => {
    // 1.01 MAD a month from 16 April (15 of 30 days) to 15 May (15 of 31 days):
    // April is 50.5 centimes, rounded up to 51; the exact total is 99.37, so May owes 48, not 49.
    const lease = sampleLease({ start: "2026-04-16", end: "2026-05-15", monthlyRent: mad(101) });
    expect(rentDue(lease, "2026-04")).toBe(51);
    expect(rentDue(lease, "2026-05")).toBe(48);
  });

  it("owes each rent for its own days in a month where the rent changes", () => {
    const lease = sampleLease({
      start: "2025-01-01",
      monthlyRent: mad(310_000),
      rentHistory: [
        { effectiveFrom: "2025-01-01", monthlyRent: mad(300_000) },
        { effectiveFrom: "2026-01-16", monthlyRent: mad(310_000) },
      ],
    });
    // 15 days at 3,000.00 and 16 at 3,100.00, over 31 days: 3,051.6129 MAD.
    expect(rentDue(lease, "2025-12")).toBe(300_000);
    expect(rentDue(lease, "2026-01")).toBe(305_161);
    expect(rentDue(lease, "2026-02")).toBe(310_000);
  });

  it("owes February pro rata over its own 28 or 29 days", () => {
    // 14 of 28 days of 2,800.00; 15 of 29 days of 2,900.00 in a leap year.
    expect(rentDue(sampleLease({ start: "2026-02-15", monthlyRent: mad(280_000) }), "2026-02")).toBe(140_000);
    expect(rentDue(sampleLease({ start: "2028-02-15", monthlyRent: mad(290_000) }), "2028-02")).toBe(150_000);
    // A lease that ends on 14 February 2026 owes 14 of 28 days of that month.
    const ending = sampleLease({ start: "2025-01-01", end: "2026-02-14", monthlyRent: mad(280_000) });
    expect(rentDue(ending, "2026-02")).toBe(140_000);
  });

  it("owes a lease from the 31st one day of its first month and the rest in its last", () => {
    // 12 months from 31 January 2026 run through 30 January 2027: 1/31 then 30/31 of 3,100.00.
    const lease = sampleLease({ start: "2026-01-31", termMonths: 12, monthlyRent: mad(310_000) });
    const schedule = rentSchedule(lease, "2027-12");
    expect(schedule.map((m) => m.month)).toHaveLength(13);
    expect(schedule[0]).toEqual({ month: "2026-01", amount: 10_000 });
    expect(schedule[1]).toEqual({ month: "2026-02", amount: 310_000 });
    expect(schedule.at(-1)).toEqual({ month: "2027-01", amount: 300_000 });
    expect(schedule.reduce((total, m) => total + m.amount, 0)).toBe(12 * 310_000);
  });

  it("crosses the year boundary, a lease from 16 December owing 16 of its 31 days", () => {
    const lease = sampleLease({ start: "2025-12-16", monthlyRent: mad(310_000) });
    expect(rentDue(lease, "2025-12")).toBe(160_000);
    expect(rentDue(lease, "2026-01")).toBe(310_000);
  });

  it("counts 29 February 2000 as the Gregorian calendar does", () => {
    // 2000 is a leap year (divisible by 400): 15 of 29 days of 2,900.00.
    expect(rentDue(sampleLease({ start: "2000-02-15", monthlyRent: mad(290_000) }), "2000-02")).toBe(150_000);
  });

  it("stops at the last supported month, however far the month asked (once an endless loop)", () => {
    const lease = sampleLease({ start: "2026-01-01", termMonths: undefined, end: undefined });
    expect(rentDue(lease, "9999-12")).toBe(0);
    const schedule = rentSchedule(lease, "9999-12");
    expect(schedule.at(-1)?.month).toBe(LAST_SUPPORTED_MONTH);
    expect(schedule).toHaveLength(174 * 12);
  });

  it("throws a DateRangeError for a lease that starts before the supported years", () => {
    expect(() => rentDue(sampleLease({ start: "0000-02-15" }), "0000-02")).toThrow(DateRangeError);
  });

  it("owes nothing before the start, after the end, or on a draft or cancelled lease", () => {
    const lease = sampleLease({ start: "2026-01-15", end: "2026-03-14" });
    expect(rentDue(lease, "2025-12")).toBe(0);
    expect(rentDue(lease, "2026-04")).toBe(0);
    expect(rentDue({ ...lease, status: "draft" }, "2026-02")).toBe(0);
    expect(rentDue({ ...lease, status: "cancelled" }, "2026-02")).toBe(0);
  });

  it("still owes the months an expired or terminated lease ran", () => {
    const lease = sampleLease({ start: "2024-01-01", end: "2025-11-30" });
    expect(rentDue({ ...lease, status: "expired" }, "2025-11")).toBe(1_000_000);
    expect(rentDue({ ...lease, status: "terminated" }, "2025-12")).toBe(0);
  });

  it("owes the full rent every month of a lease that starts on the 1st and has no end", () => {
    const { termMonths: _, ...lease } = sampleLease({ start: "2020-03-01" });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (k) => {
        const month = new Date(Date.UTC(2020, 2 + k, 1)).toISOString().slice(0, 7);
        expect(rentDue(lease, month)).toBe(1_000_000);
      }),
    );
  });
});

describe("rentSchedule", () => {
  it("never drifts: over a lease's life it adds up to the exact total rounded once", () => {
    fc.assert(
      fc.property(finiteLease, (lease) => {
        const exact = [...exactByMonth(lease, lease.end as string).values()].reduce((a, b) => a + b, 0n);
        const schedule = rentSchedule(lease, "2099-12");
        expect(BigInt(schedule.reduce((sum, m) => sum + m.amount, 0))).toBe(halfUp(exact));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every month within less than a centime of its exact share, and never negative", () => {
    fc.assert(
      fc.property(finiteLease, (lease) => {
        const exact = exactByMonth(lease, lease.end as string);
        const schedule = rentSchedule(lease, "2099-12");
        expect(schedule.map((m) => m.month)).toEqual([...exact.keys()]);
        for (const { month, amount } of schedule) {
          const error = BigInt(amount) * L - (exact.get(month) ?? 0n);
          expect(error < L && error > -L).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("agrees with rentDue month by month, and stops at the month asked for", () => {
    fc.assert(
      fc.property(finiteLease, fc.nat({ max: 60 }), (lease, k) => {
        const schedule = rentSchedule(lease, "2099-12");
        const through = schedule[Math.min(k, schedule.length - 1)];
        if (!through) return;
        expect(rentSchedule(lease, through.month).at(-1)).toEqual(through);
        expect(rentDue(lease, through.month)).toBe(through.amount);
      }),
      { numRuns: 100 },
    );
  });
});
