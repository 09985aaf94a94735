import { arrears, rentRoll } from "@ghorfa/schemas";
import {
  casablancaSettat,
  MULTI_SERVICE_COMPLEX,
  PAYMENTS_SINCE,
  soussMassa,
} from "@ghorfa/schemas/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { NotFoundError } from "./errors";
import * as payments from "./payments";
import * as reports from "./reports";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("reports", () => {
  it("gives the demo complex's rent roll for January 2026: 170,000.00 MAD", async () => {
    const roll = await reports.rentRoll(t.db, {
      chamberId: "ma-09",
      month: "2026-01",
      building: MULTI_SERVICE_COMPLEX.code,
    });
    expect(roll.total).toBe(17_000_000);
    expect(roll.currency).toBe("MAD");
  });

  it("computes the rent roll with the rules of @ghorfa/schemas over the stored leases", async () => {
    for (const month of ["2025-09", "2026-01", "2026-03"]) {
      const expected = rentRoll({ leases: soussMassa.leases, units: soussMassa.units, month });
      expect(await reports.rentRoll(t.db, { chamberId: "ma-09", month })).toEqual(expected);
    }
    const casablanca = rentRoll({
      leases: casablancaSettat.leases,
      units: casablancaSettat.units,
      month: "2026-01",
    });
    expect(await reports.rentRoll(t.db, { chamberId: "ma-06", month: "2026-01" })).toEqual(casablanca);
  });

  it("computes arrears from the stored payments since the chamber's books start", async () => {
    const asOf = "2026-01-30";
    const expected = arrears({
      leases: soussMassa.leases,
      payments: soussMassa.payments,
      asOf,
      since: PAYMENTS_SINCE,
    });
    const report = await reports.arrears(t.db, { chamberId: "ma-09", asOf });
    expect(report).toEqual(expected);
    expect(report.total.outstanding).toBeGreaterThan(0);
  });

  it("lowers the arrears by a payment as soon as it is recorded", async () => {
    const asOf = "2026-01-30";
    const before = await reports.arrears(t.db, { chamberId: "ma-09", asOf });
    const owing = before.leases[0];
    const month = owing?.unpaidMonths[0];
    if (!owing || !month) throw new Error("The demo has a lease in arrears");
    await payments.create(t.db, {
      chamberId: "ma-09",
      leaseId: owing.leaseId,
      input: {
        kind: "rent",
        period: { from: month.month, to: month.month },
        amount: { amount: month.outstanding, currency: "MAD" },
        method: "cash",
        paidOn: asOf,
      },
    });
    const after = await reports.arrears(t.db, { chamberId: "ma-09", asOf });
    expect(after.total.outstanding).toBe(before.total.outstanding - month.outstanding);
  });

  it("counts arrears to today in Morocco when no date is given", async () => {
    const now = new Date("2026-01-30T23:30:00Z");
    expect((await reports.arrears(t.db, { chamberId: "ma-09", now })).asOf).toBe("2026-01-31");
  });

  it("knows no chamber this node does not host", async () => {
    await expect(reports.arrears(t.db, { chamberId: "ma-01", asOf: "2026-01-30" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
