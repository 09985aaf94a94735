import { type ReceiptParts, receiptOf } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { chambers, leases, members, payments, units } from "../db/schema";
import { NotFoundError } from "./errors";
import type { OwnedBy } from "./records";

/** A receipt as the contract shows it, but for the amount in words: the HTTP layer writes those in the caller's language. */
export type StoredReceipt = ReceiptParts;

/**
 * The receipt `receiptNumber` (`2026-000014`) of `chamberId`, read in one query; NotFoundError
 * otherwise. Only the fields a receipt shows leave this function (no contacts, no deposit).
 */
export async function get(
  db: Database,
  ref: { chamberId: ChamberId; receiptNumber: string } & OwnedBy,
): Promise<StoredReceipt> {
  const [row] = await db
    .select({
      payment: payments.data,
      lease: leases.data,
      tenant: members.data,
      unit: units.data,
      chamber: chambers.data,
    })
    .from(payments)
    .innerJoin(leases, eq(leases.id, payments.leaseId))
    .innerJoin(members, eq(members.id, leases.tenantId))
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(chambers, eq(chambers.id, payments.chamberId))
    .where(
      and(
        eq(payments.chamberId, ref.chamberId),
        eq(payments.receiptNumber, ref.receiptNumber),
        ref.ownedBy === undefined ? undefined : eq(leases.tenantId, ref.ownedBy),
      ),
    );
  if (!row) throw new NotFoundError("receipt", ref.receiptNumber);
  return receiptOf(row);
}
