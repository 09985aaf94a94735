import {
  type ArrearsReport,
  arrears as arrearsOf,
  type ChamberId,
  combineArrears,
  combineRentRolls,
  type Lease,
  type LeasePayment,
  type RentRoll,
  rentRoll as rentRollOf,
} from "@ghorfa/schemas";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { chambers, leases, payments, units } from "../db/schema";
import { NotFoundError } from "./errors";
import { moroccanDate } from "./today";
import { inTurns } from "./turns";

// Reports read the stored leases and payments and hand them to the pure rules of
// @ghorfa/schemas, so a report computed here and one computed by a client from the same
// records cannot disagree. A chamber's leases number in the hundreds: reading them all is cheap,
// but computing them is not free (up to 3,600 months a lease), so it runs a few leases a turn of
// the event loop (`inTurns`) and the parts are combined into the very report of all at once.

/**
 * The rent roll of `month` (`YYYY-MM`) for `chamberId`: what every running lease owes that
 * month, with totals per building; `building` keeps the leases of one building (`CMS`).
 */
export async function rentRoll(
  db: Database,
  request: { chamberId: ChamberId; month: string; building?: string | undefined },
): Promise<RentRoll> {
  const rows = await db
    .select({ lease: leases.data, unit: units.data })
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .where(
      and(
        eq(leases.chamberId, request.chamberId),
        request.building === undefined ? undefined : eq(units.building, request.building),
      ),
    );
  const parts = await inTurns(rows, (part) =>
    rentRollOf({
      leases: part.map((row) => row.lease),
      units: part.map((row) => row.unit),
      month: request.month,
    }),
  );
  return combineRentRolls(parts);
}

/** A chamber's leases and payments read in one snapshot, with the month its books start. */
export interface Ledger {
  booksSince: string | null;
  leases: readonly Lease[];
  payments: readonly LeasePayment[];
}

/** The ledger of `chamberId`: what the arrears report reads. */
export async function readLedger(db: Database, chamberId: ChamberId): Promise<Ledger> {
  // One snapshot for the three reads, so a payment recorded meanwhile is counted whole or not at all.
  const { chamber, leaseRows, paymentRows } = await db.transaction(
    async (tx) => ({
      chamber: (
        await tx.select({ booksSince: chambers.booksSince }).from(chambers).where(eq(chambers.id, chamberId))
      )[0],
      leaseRows: await tx.select({ data: leases.data }).from(leases).where(eq(leases.chamberId, chamberId)),
      paymentRows: await tx
        .select({ data: payments.data })
        .from(payments)
        .where(eq(payments.chamberId, chamberId)),
    }),
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  if (!chamber) throw new NotFoundError("chamber", chamberId);
  return {
    booksSince: chamber.booksSince,
    leases: leaseRows.map((row) => row.data),
    payments: paymentRows.map((row) => row.data),
  };
}

/** The payments of `ledger` by lease. */
export function paymentsByLease(ledger: Ledger): Map<string, LeasePayment[]> {
  const byLease = new Map<string, LeasePayment[]>();
  for (const payment of ledger.payments) {
    const list = byLease.get(payment.leaseId) ?? [];
    list.push(payment);
    byLease.set(payment.leaseId, list);
  }
  return byLease;
}

/** The arrears report of `ledger` as of `asOf`, a few leases a turn. */
export async function arrearsOfLedger(ledger: Ledger, asOf: string): Promise<ArrearsReport> {
  const byLease = paymentsByLease(ledger);
  const parts = await inTurns(ledger.leases, (part) =>
    arrearsOf({
      leases: part,
      payments: part.flatMap((lease) => byLease.get(lease.id) ?? []),
      asOf,
      ...(ledger.booksSince === null ? {} : { since: ledger.booksSince }),
    }),
  );
  return combineArrears(parts);
}

/**
 * The rent arrears of every lease of `chamberId` as of `asOf` (ISO date; today in Morocco when
 * absent), from the payments recorded since the chamber's books start (`chambers.books_since`).
 */
export async function arrears(
  db: Database,
  request: { chamberId: ChamberId; asOf?: string | undefined; now?: Date | undefined },
): Promise<ArrearsReport> {
  const ledger = await readLedger(db, request.chamberId);
  return arrearsOfLedger(ledger, request.asOf ?? moroccanDate(request.now ?? new Date()));
}
