import { describe, expect, it } from "vitest";
import { soussMassa } from "../fixtures";
import { fixtureId } from "../ids/ids";
import { MoneyError } from "../money/money-error";
import { sampleLease, sampleUnit } from "../testing/domain-samples";
import { combineRentRolls, RentRoll, rentRoll } from "./rent-roll";

const mad = (amount: number) => ({ amount, currency: "MAD" });
const complex = { code: "CMS", name: { fr: "Complexe multiservices" } };
const seat = { code: "SIEGE", name: { fr: "Siège" } };
const units = [
  sampleUnit({ id: fixtureId("unit", "ma-09", 1), building: complex, code: "B-01" }),
  sampleUnit({ id: fixtureId("unit", "ma-09", 2), building: complex, code: "B-02" }),
  sampleUnit({ id: fixtureId("unit", "ma-09", 3), building: seat, code: "K-01" }),
];
const lease = (n: number, unit: number, overrides: Parameters<typeof sampleLease>[0] = {}) =>
  sampleLease({ id: fixtureId("lease", "ma-09", n), unitId: fixtureId("unit", "ma-09", unit), ...overrides });

describe("rentRoll", () => {
  const leases = [
    lease(1, 1, { start: "2024-01-01", monthlyRent: mad(1_200_000) }),
    lease(2, 2, { start: "2026-01-15", monthlyRent: mad(310_000) }),
    lease(3, 3, { start: "2023-06-01", monthlyRent: mad(250_000), legalRegime: "public_domain_occupation" }),
    lease(4, 2, { start: "2022-01-01", end: "2025-12-31", status: "expired" }),
    lease(5, 1, { start: "2026-03-01", status: "draft" }),
  ];

  it("lists the leases running in the month, with what each owes, pro rata for a mid-month start", () => {
    const roll = rentRoll({ leases, units, month: "2026-01" });
    expect(roll.lines.map((l) => [l.unitCode, l.due, l.isProRata])).toEqual([
      ["B-01", 1_200_000, false],
      ["B-02", 170_000, true],
      ["K-01", 250_000, false],
    ]);
    expect(roll.total).toBe(1_620_000);
    expect(roll.currency).toBe("MAD");
  });

  it("is a report its wire schema accepts as it is", () => {
    const roll = rentRoll({ leases, units, month: "2026-01" });
    expect(RentRoll.parse(roll)).toEqual(roll);
  });

  it("totals each building", () => {
    const roll = rentRoll({ leases, units, month: "2026-01" });
    expect(roll.byBuilding).toEqual([
      { buildingCode: "CMS", total: 1_370_000, leases: 2 },
      { buildingCode: "SIEGE", total: 250_000, leases: 1 },
    ]);
  });

  it("includes an expired lease in the months it ran, and never a draft", () => {
    const roll = rentRoll({ leases, units, month: "2025-12" });
    expect(roll.lines.map((l) => l.leaseId)).toEqual([leases[0]?.id, leases[3]?.id, leases[2]?.id]);
    expect(rentRoll({ leases, units, month: "2026-03" }).lines.map((l) => l.leaseId)).not.toContain(
      leases[4]?.id,
    );
  });

  it("gathers leases whose unit was not given under a null building", () => {
    const roll = rentRoll({ leases: [leases[0] as (typeof leases)[0]], month: "2026-01" });
    expect(roll.byBuilding).toEqual([{ buildingCode: null, total: 1_200_000, leases: 1 }]);
    expect(roll.lines[0]?.unitCode).toBeNull();
  });

  it("is empty, in MAD, for a month no lease runs", () => {
    expect(rentRoll({ leases, units, month: "2020-01" })).toEqual({
      month: "2020-01",
      currency: "MAD",
      lines: [],
      total: 0,
      byBuilding: [],
    });
  });

  it("refuses to add rents in different currencies", () => {
    const euro = lease(6, 3, {
      monthlyRent: { amount: 100, currency: "EUR" },
      deposit: { amount: 0, currency: "EUR" },
    });
    expect(() => rentRoll({ leases: [leases[0] as (typeof leases)[0], euro], month: "2026-01" })).toThrow(
      MoneyError,
    );
  });
});

describe("combineRentRolls", () => {
  it("gives, from the rolls of any split of the leases, the roll of all of them at once", () => {
    const { leases, units } = soussMassa;
    for (const size of [1, 2, 3, leases.length]) {
      for (const month of ["2026-01", "2026-06", "2027-02"]) {
        const parts = [];
        for (let i = 0; i < leases.length; i += size)
          parts.push(rentRoll({ leases: leases.slice(i, i + size), units, month }));
        expect(combineRentRolls(parts)).toEqual(rentRoll({ leases, units, month }));
      }
    }
  });
});
