import type { LeasePaymentCreate } from "@ghorfa/contract";
import { findReceiptGaps, formatReceiptNumber, nextReceiptNumber } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { payments as paymentsTable } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { NotFoundError, ValidationError } from "./errors";
import * as leases from "./leases";
import * as payments from "./payments";
import { leaseInput, tenantAndUnit } from "./test-inputs";
import { fieldsOf } from "./testing-fields";

let t: TestDatabase;
let leaseId: string;
/** From 2026-01-01 for 36 months: through 2028-12. */
let fixedTermLeaseId: string;

beforeAll(async () => {
  t = await openTestDatabase();
  const refs = await tenantAndUnit(t.db, "ma-09", 200);
  // Until further notice, so that rent can be paid for any month from its start.
  const { termMonths: _, ...openEnded } = leaseInput(refs);
  const lease = await leases.create(t.db, { chamberId: "ma-09", input: openEnded });
  leaseId = lease.entity.id;
  const refs2 = await tenantAndUnit(t.db, "ma-09", 202);
  const fixed = await leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs2) });
  fixedTermLeaseId = fixed.entity.id;
});
afterAll(() => t.close());

const rent = (paidOn: string, amount = 500_000): LeasePaymentCreate => ({
  kind: "rent",
  period: { from: paidOn.slice(0, 7), to: paidOn.slice(0, 7) },
  amount: { amount, currency: "MAD" },
  method: "bank_transfer",
  paidOn,
});

async function receiptNumbersOf(year: number): Promise<{ chamberId: string; receiptNumber: string }[]> {
  const rows = await t.db
    .select({ chamberId: paymentsTable.chamberId, receiptNumber: paymentsTable.receiptNumber })
    .from(paymentsTable)
    .where(eq(paymentsTable.chamberId, "ma-09"));
  return rows.filter((row) => row.receiptNumber.startsWith(`${year}-`));
}

describe("payments", () => {
  it("refuses, without taking a number, rent for months outside the lease", async () => {
    const before = await receiptNumbersOf(2027);
    const outside = { ...rent("2027-03-02"), period: { from: "2025-12", to: "2029-01" } };
    const refused = await payments
      .create(t.db, { chamberId: "ma-09", leaseId: fixedTermLeaseId, input: outside })
      .catch((e: unknown) => e);
    expect(fieldsOf(refused)).toMatchObject([
      { pointer: "/period/from", code: "payment_period_outside_lease" },
      { pointer: "/period/to", code: "payment_period_outside_lease" },
    ]);
    expect(await receiptNumbersOf(2027)).toEqual(before);
    const inside = { ...rent("2027-03-02"), period: { from: "2026-01", to: "2028-12" } };
    await expect(
      payments.create(t.db, { chamberId: "ma-09", leaseId: fixedTermLeaseId, input: inside }),
    ).resolves.toMatchObject({ receiptNumber: "2027-000001" });
  });

  it("numbers a receipt after the last one the chamber issued that year", async () => {
    const expected = nextReceiptNumber(soussMassa.payments, "ma-09", 2026);
    const payment = await payments.create(t.db, { chamberId: "ma-09", leaseId, input: rent("2026-02-03") });
    expect(payment.receiptNumber).toBe(expected);
    expect(payment).toMatchObject({ chamberId: "ma-09", leaseId, kind: "rent" });
  });

  it("gives 200 concurrent payments the receipts 1 to 200 of their year, without gap or double", async () => {
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        payments.create(t.db, { chamberId: "ma-09", leaseId, input: rent("2031-03-02", 100 + i) }),
      ),
    );
    const numbers = created.map((p) => p.receiptNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => formatReceiptNumber(2031, i + 1)));
    const stored = await receiptNumbersOf(2031);
    expect(stored).toHaveLength(200);
    expect(findReceiptGaps(stored)).toEqual([]);
  });

  it("takes no number for a refused payment", async () => {
    const before = await payments.create(t.db, { chamberId: "ma-09", leaseId, input: rent("2032-01-05") });
    await expect(
      payments.create(t.db, { chamberId: "ma-09", leaseId, input: rent("2032-01-06", 0) }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      payments.create(t.db, {
        chamberId: "ma-09",
        leaseId: "lse_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D",
        input: rent("2032-01-06"),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const after = await payments.create(t.db, { chamberId: "ma-09", leaseId, input: rent("2032-01-07") });
    expect([before.receiptNumber, after.receiptNumber]).toEqual(["2032-000001", "2032-000002"]);
  });

  it("does not record a payment on another chamber's lease", async () => {
    await expect(
      payments.create(t.db, { chamberId: "ma-06", leaseId, input: rent("2026-02-04") }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(payments.list(t.db, { chamberId: "ma-06", leaseId, limit: 10 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("lists a lease's payments in the order recorded, by kind, page by page", async () => {
    const refs = await tenantAndUnit(t.db, "ma-09", 201);
    const lease = await leases.create(t.db, { chamberId: "ma-09", input: leaseInput(refs) });
    const ref = { chamberId: "ma-09" as const, leaseId: lease.entity.id };
    const deposit = await payments.create(t.db, {
      ...ref,
      input: {
        kind: "deposit",
        amount: { amount: 1_000_000, currency: "MAD" },
        method: "cheque",
        paidOn: "2025-12-20",
      },
    });
    const rents = [];
    for (const day of ["2026-01-02", "2026-02-02", "2026-03-02"]) {
      rents.push(await payments.create(t.db, { ...ref, input: rent(day) }));
    }
    const first = await payments.list(t.db, { ...ref, limit: 3 });
    const second = await payments.list(t.db, { ...ref, limit: 3, cursor: first.nextCursor ?? undefined });
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual([deposit, ...rents].map((p) => p.id));
    expect(second.nextCursor).toBeNull();
    const onlyRent = await payments.list(t.db, { ...ref, kind: "rent", limit: 10 });
    expect(onlyRent.items.map((p) => p.id)).toEqual(rents.map((p) => p.id));
  });
});
