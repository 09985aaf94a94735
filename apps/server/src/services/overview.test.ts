import { chamberOverview } from "@ghorfa/schemas";
import { casablancaSettat, PAYMENTS_SINCE, soussMassa } from "@ghorfa/schemas/fixtures";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chamberRow } from "../db/rows";
import { chambers } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { NotFoundError } from "./errors";
import * as leases from "./leases";
import * as members from "./members";
import * as overviews from "./overview";
import * as payments from "./payments";
import * as reports from "./reports";
import { leaseInput, memberInput, unitInput } from "./test-inputs";
import * as units from "./units";

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const overview = (chamberId: "ma-09" | "ma-06" | "ma-01", month: string, asOf?: string, now?: Date) =>
  overviews.overview(t.db, { chamberId, month, asOf, now });

describe("the overview of the demo chambers", () => {
  it("gives January 2026's rent due in Souss-Massa, 170,000.00 MAD, the rent roll's total", async () => {
    const result = await overview("ma-09", "2026-01", "2026-01-31");
    expect(result.rent.due).toEqual({ amount: 17_000_000, currency: "MAD" });
    expect((await reports.rentRoll(t.db, { chamberId: "ma-09", month: "2026-01" })).total).toBe(17_000_000);
    expect(result.rent.collected.amount).toBeGreaterThan(0);
    expect(result.rent.collected.amount).toBeLessThanOrEqual(result.rent.due.amount);
  });

  it("counts with aggregate queries what the rules of @ghorfa/schemas count over the records", async () => {
    for (const [chamberId, set] of [
      ["ma-09", soussMassa],
      ["ma-06", casablancaSettat],
    ] as const) {
      for (const [month, asOf] of [
        ["2026-01", "2026-01-31"],
        ["2025-11", "2026-02-15"],
        ["2026-03", "2026-03-01"],
      ] as const) {
        const expected = chamberOverview({ ...set, month, asOf, since: PAYMENTS_SINCE });
        expect(await overview(chamberId, month, asOf), `${chamberId} ${month} ${asOf}`).toEqual(expected);
      }
    }
  });

  it("agrees with the rent roll and the arrears report, whatever the month and the day", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 400 }), async (m, d) => {
        const month = `${2025 + Math.floor((m + 5) / 12)}-${String(((m + 5) % 12) + 1).padStart(2, "0")}`;
        const asOf = addDays("2025-09-01", d);
        const [result, roll, report] = await Promise.all([
          overview("ma-09", month, asOf),
          reports.rentRoll(t.db, { chamberId: "ma-09", month }),
          reports.arrears(t.db, { chamberId: "ma-09", asOf }),
        ]);
        expect(result.rent.due.amount).toBe(roll.total);
        expect(result.arrears.total.amount).toBe(report.total.outstanding);
        expect(result.arrears.byAge.reduce((sum, age) => sum + age.amount.amount, 0)).toBe(
          report.total.outstanding,
        );
      }),
      { numRuns: 12 },
    );
  });

  it("counts at the month's last day, or today in Morocco while the month is not over", async () => {
    const now = new Date("2026-01-30T23:30:00Z");
    expect((await overview("ma-09", "2025-12", undefined, now)).asOf).toBe("2025-12-31");
    expect((await overview("ma-09", "2026-01", undefined, now)).asOf).toBe("2026-01-31");
    expect((await overview("ma-09", "2026-02", undefined, now)).asOf).toBe("2026-01-31");
  });

  it("knows no chamber this node does not host", async () => {
    await expect(overview("ma-01", "2026-01")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the overview of a chamber built here", () => {
  // ma-01 is hosted from here on, empty, then given one lease with a known history.
  beforeAll(async () => {
    await t.db
      .insert(chambers)
      .values({ ...chamberRow({ ...soussMassa.chamber, id: "ma-01" }), booksSince: null });
  });

  it("gives zeros, and no rate, for a chamber with nothing", async () => {
    const result = await overview("ma-01", "2026-01", "2026-01-31");
    expect(result.rent).toEqual({
      due: { amount: 0, currency: "MAD" },
      collected: { amount: 0, currency: "MAD" },
      collectionRate: null,
    });
    expect(result.arrears.total.amount).toBe(0);
    expect(result.arrears.leases).toBe(0);
    expect(result.arrears.byAge.every((age) => age.amount.amount === 0 && age.leases === 0)).toBe(true);
    expect(result.units).toEqual({ total: 0, occupied: 0, vacant: 0, occupancyRate: null, byBuilding: [] });
    expect(result.members.total).toBe(0);
    expect(result.members.byStatus.every((s) => s.count === 0)).toBe(true);
    expect(result.members.byCity).toEqual([]);
    expect(result.agreements.total).toBe(0);
    expect(result.agreements.byDomain.every((d) => d.count === 0)).toBe(true);
  });

  it("ages unpaid rent 30/31, 60/61 and 90/91 days past its due date in the next age", async () => {
    const address = { region: "ma-01", prefecture: "Tanger-Assilah", city: "Tanger" } as const;
    const tenant = await members.create(t.db, { chamberId: "ma-01", input: memberInput(9101, { address }) });
    const unit = await units.create(t.db, { chamberId: "ma-01", input: unitInput("OV-1") });
    await units.create(t.db, { chamberId: "ma-01", input: unitInput("OV-2") });
    const draft = await leases.create(t.db, {
      chamberId: "ma-01",
      input: leaseInput(
        { tenantId: tenant.entity.id, unitId: unit.entity.id },
        { start: "2026-01-01", monthlyRent: { amount: 100_000, currency: "MAD" } },
      ),
    });
    await leases.setStatus(t.db, { chamberId: "ma-01", id: draft.entity.id, status: "active" });
    // Every month from February paid ahead: January's rent alone stays unpaid.
    await payments.create(t.db, {
      chamberId: "ma-01",
      leaseId: draft.entity.id,
      input: {
        kind: "rent",
        period: { from: "2026-02", to: "2026-12" },
        amount: { amount: 1_100_000, currency: "MAD" },
        method: "bank_transfer",
        paidOn: "2026-01-02",
      },
    });
    const ageOfJanuary = async (days: number) => {
      const result = await overview("ma-01", "2026-01", addDays("2026-01-01", days));
      const owing = result.arrears.byAge.filter((age) => age.amount.amount > 0);
      expect(owing.map((age) => [age.amount.amount, age.leases])).toEqual([[100_000, 1]]);
      return owing[0]?.age;
    };
    expect(await ageOfJanuary(0)).toBe("days_0_30");
    expect(await ageOfJanuary(30)).toBe("days_0_30");
    expect(await ageOfJanuary(31)).toBe("days_31_60");
    expect(await ageOfJanuary(60)).toBe("days_31_60");
    expect(await ageOfJanuary(61)).toBe("days_61_90");
    expect(await ageOfJanuary(90)).toBe("days_61_90");
    expect(await ageOfJanuary(91)).toBe("days_over_90");

    const february = await overview("ma-01", "2026-02", "2026-02-28");
    expect(february.rent).toEqual({
      due: { amount: 100_000, currency: "MAD" },
      collected: { amount: 100_000, currency: "MAD" },
      collectionRate: 10_000,
    });
    expect((await overview("ma-01", "2026-01", "2026-01-31")).rent.collectionRate).toBe(0);
    expect(february.units).toEqual({
      total: 2,
      occupied: 1,
      vacant: 1,
      occupancyRate: 5_000,
      byBuilding: [{ buildingCode: "TST", total: 2, occupied: 1, vacant: 1, occupancyRate: 5_000 }],
    });
    // Before the lease starts, the unit is not let yet.
    expect((await overview("ma-01", "2025-12", "2025-12-31")).units.occupied).toBe(0);
    expect(february.members.total).toBe(1);
    expect(february.members.byStatus.find((s) => s.status === "pending")?.count).toBe(1);
    expect(february.members.bySection.find((s) => s.section === "commerce")?.count).toBe(1);
    expect(february.members.byCity).toEqual([{ city: "Tanger", count: 1 }]);
  });
});
