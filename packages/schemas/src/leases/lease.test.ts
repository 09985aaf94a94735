import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { MAX_MONEY_AMOUNT } from "../money/money";
import { ghorfaCodes, sampleLease } from "../testing/domain-samples";
import { Lease } from "./lease";

const mad = (amount: number) => ({ amount, currency: "MAD" });

describe("Lease", () => {
  it("accepts a three-year commercial lease with an entry fee", () => {
    const lease = sampleLease();
    expect(Lease.parse(lease)).toEqual(lease);
  });

  it("accepts a lease until further notice (no term, no end) and one without an entry fee", () => {
    const { termMonths: _, entryFee: __, ...lease } = sampleLease();
    expect(Lease.safeParse(lease).success).toBe(true);
  });

  it("accepts a rent history that starts on the start and ends with the monthly rent", () => {
    const lease = sampleLease({
      monthlyRent: mad(1_100_000),
      rentHistory: [
        { effectiveFrom: "2024-01-01", monthlyRent: mad(1_000_000) },
        { effectiveFrom: "2027-01-01", monthlyRent: mad(1_100_000) },
      ],
      revisionClause: { text: { fr: "Révision triennale selon la loi 07-03" }, lastRevisionOn: "2027-01-01" },
    });
    expect(Lease.safeParse(lease).success).toBe(true);
  });

  it("rejects a lease that ends before it starts", () => {
    expect(ghorfaCodes(Lease, sampleLease({ end: "2023-12-31" }))).toEqual(["date_range_order"]);
  });

  it("rejects a tenant, unit or id of another chamber, naming each field", () => {
    const result = Lease.safeParse(
      sampleLease({ tenantId: fixtureId("member", "ma-06", 1), unitId: fixtureId("unit", "ma-01", 1) }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), (i as { params?: unknown }).params])).toEqual([
      ["tenantId", { ghorfa: "lease_chamber_mismatch" }],
      ["unitId", { ghorfa: "lease_chamber_mismatch" }],
    ]);
  });

  it("rejects a deposit in another currency than the books', MAD, and than the rent", () => {
    expect(ghorfaCodes(Lease, sampleLease({ deposit: { amount: 100, currency: "EUR" } }))).toEqual([
      "books_currency",
      "lease_currency_mismatch",
    ]);
  });

  it("rejects a rent, a deposit or a rent step in another currency, even all in one", () => {
    const eur = (amount: number) => ({ amount, currency: "EUR" });
    const inEuros = sampleLease({
      monthlyRent: eur(1_000_000),
      deposit: eur(2_000_000),
      rentHistory: [{ effectiveFrom: sampleLease().start, monthlyRent: eur(1_000_000) }],
    });
    expect(ghorfaCodes(Lease, inEuros)).toContain("books_currency");
  });

  it("rejects a lease starting or ending outside 1900 to 2199, and a term beyond a century", () => {
    expect(ghorfaCodes(Lease, sampleLease({ start: "0000-01-01" }))).toContain("date_out_of_range");
    expect(ghorfaCodes(Lease, sampleLease({ end: "9999-12-31" }))).toEqual(["date_out_of_range"]);
    expect(Lease.safeParse(sampleLease({ termMonths: 1201 })).success).toBe(false);
    expect(Lease.safeParse(sampleLease({ termMonths: 99 * 12 })).success).toBe(true);
  });

  it("rejects a rent beyond MAX_MONEY_AMOUNT", () => {
    const rent = { amount: MAX_MONEY_AMOUNT + 1, currency: "MAD" };
    expect(Lease.safeParse(sampleLease({ monthlyRent: rent, rentHistory: [] })).success).toBe(false);
  });

  it("rejects a rent history that does not start on the start, goes back in time or disagrees with the rent", () => {
    const notFromStart = [{ effectiveFrom: "2024-02-01", monthlyRent: mad(1_000_000) }];
    const backwards = [
      { effectiveFrom: "2024-01-01", monthlyRent: mad(900_000) },
      { effectiveFrom: "2024-01-01", monthlyRent: mad(1_000_000) },
    ];
    const otherRent = [{ effectiveFrom: "2024-01-01", monthlyRent: mad(999_999) }];
    for (const rentHistory of [notFromStart, backwards, otherRent]) {
      expect(ghorfaCodes(Lease, sampleLease({ rentHistory }))).toEqual(["lease_rent_history"]);
    }
  });

  it("rejects a last revision before the start", () => {
    const lease = sampleLease({ revisionClause: { lastRevisionOn: "2023-06-01" } });
    expect(ghorfaCodes(Lease, lease)).toEqual(["date_range_order"]);
  });

  it("requires a terminated lease to say when it ended, and an expired one to have a term or an end", () => {
    expect(ghorfaCodes(Lease, sampleLease({ status: "terminated" }))).toEqual(["lease_end_required"]);
    expect(ghorfaCodes(Lease, sampleLease({ status: "terminated", end: "2025-06-30" }))).toEqual([]);
    const { termMonths: _, ...openEnded } = sampleLease({ status: "expired" });
    expect(ghorfaCodes(Lease, openEnded)).toEqual(["lease_end_required"]);
    expect(ghorfaCodes(Lease, sampleLease({ status: "expired" }))).toEqual([]);
  });

  it("rejects a negative or fractional rent, a zero term and an unknown legal regime", () => {
    expect(Lease.safeParse(sampleLease({ monthlyRent: mad(-1) })).success).toBe(false);
    expect(Lease.safeParse(sampleLease({ monthlyRent: mad(10.5) })).success).toBe(false);
    expect(Lease.safeParse(sampleLease({ termMonths: 0 })).success).toBe(false);
    expect(Lease.safeParse({ ...sampleLease(), legalRegime: "law_99_99" }).success).toBe(false);
  });

  it("rejects an update time before the creation time", () => {
    expect(ghorfaCodes(Lease, sampleLease({ updatedAt: "2023-12-15T09:59:59Z" }))).toEqual([
      "date_range_order",
    ]);
  });
});
