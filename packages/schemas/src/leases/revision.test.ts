import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MoneyError } from "../money/money-error";
import { sampleLease } from "../testing/domain-samples";
import { leaseEnd } from "./lease-term";
import { checkRentRevision, revisionCapPercent } from "./revision";

const mad = (amount: number) => ({ amount, currency: "MAD" });
// 10,000.00 MAD a month since 15 January 2023, commercial use.
const lease = sampleLease({ start: "2023-01-15", monthlyRent: mad(1_000_000), use: "commercial" });

describe("checkRentRevision (loi 07-03)", () => {
  it("allows an increase on the third anniversary of the start, not the day before", () => {
    expect(checkRentRevision(lease, { effectiveFrom: "2026-01-15", monthlyRent: mad(1_050_000) })).toEqual({
      lawful: true,
    });
    expect(checkRentRevision(lease, { effectiveFrom: "2026-01-14", monthlyRent: mad(1_050_000) })).toEqual({
      lawful: false,
      reason: "revision_too_early",
      earliestDate: "2026-01-15",
    });
  });

  it("allows exactly +10.00% for commercial premises, and refuses +10.01% with the highest lawful rent", () => {
    expect(checkRentRevision(lease, { effectiveFrom: "2026-02-01", monthlyRent: mad(1_100_000) })).toEqual({
      lawful: true,
    });
    expect(checkRentRevision(lease, { effectiveFrom: "2026-02-01", monthlyRent: mad(1_100_100) })).toEqual({
      lawful: false,
      reason: "revision_above_cap",
      maxRent: mad(1_100_000),
    });
  });

  it("caps housing at +8% and professional and industrial premises at +10%", () => {
    expect(revisionCapPercent("housing")).toBe(8);
    expect(revisionCapPercent("professional")).toBe(10);
    expect(revisionCapPercent("industrial")).toBe(10);
    const home = { ...lease, use: "housing" as const };
    expect(checkRentRevision(home, { effectiveFrom: "2026-02-01", monthlyRent: mad(1_080_000) }).lawful).toBe(
      true,
    );
    expect(checkRentRevision(home, { effectiveFrom: "2026-02-01", monthlyRent: mad(1_080_001) })).toEqual({
      lawful: false,
      reason: "revision_above_cap",
      maxRent: mad(1_080_000),
    });
  });

  it("rounds the highest lawful rent down, so it never exceeds the cap", () => {
    const odd = { ...lease, monthlyRent: mad(123_457) };
    // 123,457 × 1.10 = 135,802.7 centimes: 135,802 is lawful, 135,803 is not.
    expect(checkRentRevision(odd, { effectiveFrom: "2026-02-01", monthlyRent: mad(135_802) }).lawful).toBe(
      true,
    );
    expect(checkRentRevision(odd, { effectiveFrom: "2026-02-01", monthlyRent: mad(135_803) })).toMatchObject({
      reason: "revision_above_cap",
      maxRent: mad(135_802),
    });
  });

  it("counts the three years from the last revision, from the rent history or the clause", () => {
    const revised = sampleLease({
      start: "2019-03-01",
      monthlyRent: mad(1_100_000),
      rentHistory: [
        { effectiveFrom: "2019-03-01", monthlyRent: mad(1_000_000) },
        { effectiveFrom: "2024-03-01", monthlyRent: mad(1_100_000) },
      ],
    });
    const next = { effectiveFrom: "2027-02-28", monthlyRent: mad(1_200_000) };
    expect(checkRentRevision(revised, next)).toEqual({
      lawful: false,
      reason: "revision_too_early",
      earliestDate: "2027-03-01",
    });
    expect(checkRentRevision(revised, { ...next, effectiveFrom: "2027-03-01" }).lawful).toBe(true);
    const byClause = { ...lease, revisionClause: { lastRevisionOn: "2025-07-01" } };
    expect(
      checkRentRevision(byClause, { effectiveFrom: "2027-01-01", monthlyRent: mad(1_010_000) }),
    ).toMatchObject({
      reason: "revision_too_early",
      earliestDate: "2028-07-01",
    });
  });

  it("compares an increase with the rent in force the day before, not with the first rent", () => {
    const revised = sampleLease({
      start: "2019-03-01",
      monthlyRent: mad(1_100_000),
      rentHistory: [
        { effectiveFrom: "2019-03-01", monthlyRent: mad(1_000_000) },
        { effectiveFrom: "2022-03-01", monthlyRent: mad(1_100_000) },
      ],
    });
    expect(
      checkRentRevision(revised, { effectiveFrom: "2025-03-01", monthlyRent: mad(1_210_000) }).lawful,
    ).toBe(true);
  });

  it("gives both limits when an increase is both early and too high", () => {
    expect(checkRentRevision(lease, { effectiveFrom: "2025-01-01", monthlyRent: mad(2_000_000) })).toEqual({
      lawful: false,
      reason: "revision_too_early",
      earliestDate: "2026-01-15",
      maxRent: mad(1_100_000),
    });
  });

  // Was "three years on to 28 February" (28 February allowed). Wrong: a 36-month term from
  // 29 February 2024 runs through 28 February 2027 (`leaseEnd`, the civil-law count of a period
  // in months), so that day is still within the 3 years, and the first lawful day is 1 March.
  it("counts the 3 years from a 29 February start through 28 February, so 1 March is the first lawful day", () => {
    const leap = { ...lease, start: "2024-02-29" };
    const raise = (effectiveFrom: string) =>
      checkRentRevision(leap, { effectiveFrom, monthlyRent: mad(1_010_000) });
    expect(raise("2027-02-28")).toEqual({
      lawful: false,
      reason: "revision_too_early",
      earliestDate: "2027-03-01",
    });
    expect(raise("2027-03-01")).toEqual({ lawful: true });
    const revisedOnLeapDay = { ...lease, revisionClause: { lastRevisionOn: "2024-02-29" } };
    expect(
      checkRentRevision(revisedOnLeapDay, { effectiveFrom: "2027-02-28", monthlyRent: mad(1_010_000) }),
    ).toMatchObject({ reason: "revision_too_early", earliestDate: "2027-03-01" });
  });

  it("counts the 3 years from the 31st of a month to the day before its third anniversary", () => {
    const fromThe31st = { ...lease, start: "2023-05-31" };
    const raise = (effectiveFrom: string) =>
      checkRentRevision(fromThe31st, { effectiveFrom, monthlyRent: mad(1_010_000) });
    expect(raise("2026-05-30")).toMatchObject({ reason: "revision_too_early", earliestDate: "2026-05-31" });
    expect(raise("2026-05-31")).toEqual({ lawful: true });
  });

  it("lets the first lawful day follow from the lease term rule: the day after a 36-month term ends", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }),
        (d) => {
          const start = d.toISOString().slice(0, 10);
          const verdict = checkRentRevision(
            { ...lease, start },
            { effectiveFrom: start, monthlyRent: mad(1_000_001) },
          );
          const lastDay = leaseEnd({ start, termMonths: 36 }) as string;
          const dayAfter = new Date(Date.parse(lastDay) + 86_400_000).toISOString().slice(0, 10);
          expect(verdict).toMatchObject({ reason: "revision_too_early", earliestDate: dayAfter });
        },
      ),
    );
  });

  it("caps a rent too large for a float product exactly, rounding down", () => {
    // 900,000,000,000,001 centimes × 1.10 = 990,000,000,000,001.1: the product × 110 passes 2^53.
    const huge = { ...lease, monthlyRent: mad(900_000_000_000_001) };
    expect(
      checkRentRevision(huge, { effectiveFrom: "2026-02-01", monthlyRent: mad(990_000_000_000_002) }),
    ).toEqual({ lawful: false, reason: "revision_above_cap", maxRent: mad(990_000_000_000_001) });
    expect(
      checkRentRevision(huge, { effectiveFrom: "2026-02-01", monthlyRent: mad(990_000_000_000_001) }).lawful,
    ).toBe(true);
  });

  it("always allows a decrease or an unchanged rent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (rent, days) => {
          const effectiveFrom = new Date(Date.UTC(2023, 0, 15 + days)).toISOString().slice(0, 10);
          expect(checkRentRevision(lease, { effectiveFrom, monthlyRent: mad(rent) })).toEqual({
            lawful: true,
          });
        },
      ),
    );
  });

  it("never allows more than the cap, and always allows the cap, after three years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 3_000 }),
        (rent, raise) => {
          const current = { ...lease, monthlyRent: mad(rent) };
          const proposed = rent + raise;
          const verdict = checkRentRevision(current, {
            effectiveFrom: "2026-06-01",
            monthlyRent: mad(proposed),
          });
          expect(verdict.lawful).toBe(proposed * 100 <= rent * 110);
        },
      ),
    );
  });

  it("refuses to compare rents in different currencies", () => {
    expect(() =>
      checkRentRevision(lease, { effectiveFrom: "2026-06-01", monthlyRent: { amount: 1, currency: "EUR" } }),
    ).toThrow(MoneyError);
  });
});
