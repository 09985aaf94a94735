import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { ConflictError, InvalidTransitionError, NotFoundError, PreconditionFailedError } from "./errors";
import * as leases from "./leases";
import { leaseInput, tenantAndUnit } from "./test-inputs";
import { fieldsOf } from "./testing-fields";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

/** A lease that has been active since 2026-01-01, at 5,000.00 MAD a month. */
async function activeLease(n: number) {
  const refs = await tenantAndUnit(t.db, "ma-09", n);
  const draft = await leases.create(t.db, {
    chamberId: "ma-09",
    input: leaseInput(refs, { termMonths: 60 }),
  });
  return leases.setStatus(t.db, { chamberId: "ma-09", id: draft.entity.id, status: "active" });
}

describe("leases", () => {
  it("draws up a draft lease that get and list return", async () => {
    const refs = await tenantAndUnit(t.db, "ma-09", 100);
    const created = await leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs) });
    expect(created).toMatchObject({ version: 1, entity: { status: "draft", tenantId: refs.tenantId } });
    expect(await leases.get(t.db, { chamberId: "ma-09", id: created.entity.id })).toEqual(created);
    const page = await leases.list(t.db, { chamberId: "ma-09", tenantId: refs.tenantId, limit: 10 });
    expect(page.items.map((lease) => lease.id)).toEqual([created.entity.id]);
    await expect(leases.get(t.db, { chamberId: "ma-06", id: created.entity.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses a tenant or a unit that the chamber does not hold", async () => {
    const refs = await tenantAndUnit(t.db, "ma-09", 101);
    const missing = "mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D";
    await expect(
      leases.create(t.db, { chamberId: "ma-09", input: leaseInput({ ...refs, tenantId: missing }) }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const other = await tenantAndUnit(t.db, "ma-06", 102);
    const error = await leases
      .create(t.db, { chamberId: "ma-09", input: leaseInput({ ...refs, tenantId: other.tenantId }) })
      .catch((e: unknown) => e);
    expect(fieldsOf(error)).toContainEqual(
      expect.objectContaining({ pointer: "/tenantId", code: "lease_chamber_mismatch" }),
    );
  });

  it("refuses a second lease of a unit over the same period, not after it or once cancelled", async () => {
    const refs = await tenantAndUnit(t.db, "ma-09", 103);
    const first = await leases.create(t.db, {
      chamberId: "ma-09",
      input: leaseInput(refs, { termMonths: 12 }),
    });
    await expect(
      leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs, { start: "2026-12-31" }) }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs, { start: "2027-01-01" }) }),
    ).resolves.toBeDefined();
    await leases.setStatus(t.db, { chamberId: "ma-09", id: first.entity.id, status: "cancelled" });
    await expect(
      leases.create(t.db, {
        chamberId: "ma-09",
        input: leaseInput(refs, { start: "2026-06-01", termMonths: 6 }),
      }),
    ).resolves.toBeDefined();
  });

  it("lets only one of two leases of a free unit drawn up at once through", async () => {
    const refs = await tenantAndUnit(t.db, "ma-09", 104);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
  });

  describe("status", () => {
    it("follows the lifecycle, and refuses other moves with the allowed ones", async () => {
      const lease = await activeLease(110);
      const ref = { chamberId: "ma-09" as const, id: lease.entity.id };
      const error = await leases.setStatus(t.db, { ...ref, status: "draft" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect((error as InvalidTransitionError).allowed).toEqual(["expired", "terminated"]);
      expect((await leases.get(t.db, ref)).entity.status).toBe("active");
    });

    it("ends a lease early only with its last day", async () => {
      const lease = await activeLease(111);
      const ref = { chamberId: "ma-09" as const, id: lease.entity.id };
      const error = await leases.setStatus(t.db, { ...ref, status: "terminated" }).catch((e: unknown) => e);
      expect(fieldsOf(error)).toContainEqual(
        expect.objectContaining({ pointer: "/end", code: "lease_end_required" }),
      );
      const ended = await leases.setStatus(t.db, { ...ref, status: "terminated", end: "2026-06-30" });
      expect(ended.entity).toMatchObject({ status: "terminated", end: "2026-06-30" });
    });
  });

  describe("update", () => {
    it("replaces the fields given at the current version, and refuses a stale one without changing anything", async () => {
      const refs = await tenantAndUnit(t.db, "ma-09", 120);
      const created = await leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs) });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      const patched = await leases.update(t.db, { ...ref, ifVersion: 1, changes: { termMonths: 24 } });
      expect(patched).toMatchObject({ version: 2, entity: { termMonths: 24 } });
      await expect(
        leases.update(t.db, { ...ref, ifVersion: 1, changes: { termMonths: 12 } }),
      ).rejects.toBeInstanceOf(PreconditionFailedError);
      expect(await leases.get(t.db, ref)).toEqual(patched);
    });

    it("refuses a rent increase within three years of the start (loi 07-03)", async () => {
      const lease = await activeLease(121);
      const ref = { chamberId: "ma-09" as const, id: lease.entity.id, ifVersion: lease.version };
      const error = await leases
        .update(t.db, {
          ...ref,
          changes: { monthlyRent: { amount: 510_000, currency: "MAD" } },
          now: new Date("2027-06-01T10:00:00Z"),
        })
        .catch((e: unknown) => e);
      expect(fieldsOf(error)).toEqual([
        expect.objectContaining({ pointer: "/monthlyRent", code: "revision_too_early" }),
      ]);
      expect((await leases.get(t.db, ref)).entity.monthlyRent.amount).toBe(500_000);
    });

    it("refuses an increase above 10% for professional premises, and records a lawful one in the rent history", async () => {
      const lease = await activeLease(122);
      const ref = { chamberId: "ma-09" as const, id: lease.entity.id };
      const now = new Date("2029-01-02T10:00:00Z");
      const error = await leases
        .update(t.db, {
          ...ref,
          ifVersion: lease.version,
          changes: { monthlyRent: { amount: 550_001, currency: "MAD" } },
          now,
        })
        .catch((e: unknown) => e);
      expect(fieldsOf(error)).toEqual([
        expect.objectContaining({ pointer: "/monthlyRent", code: "revision_above_cap" }),
      ]);
      const revised = await leases.update(t.db, {
        ...ref,
        ifVersion: lease.version,
        changes: { monthlyRent: { amount: 550_000, currency: "MAD" } },
        now,
      });
      expect(revised.entity.monthlyRent.amount).toBe(550_000);
      expect(revised.entity.rentHistory).toEqual([
        { effectiveFrom: "2026-01-01", monthlyRent: { amount: 500_000, currency: "MAD" } },
        { effectiveFrom: "2029-01-02", monthlyRent: { amount: 550_000, currency: "MAD" } },
      ]);
    });
  });
});
