import {
  type ArrearsReport,
  arrears as arrearsOf,
  type ChamberId,
  combineArrears,
  combineRentRolls,
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

/**
 * The rent arrears of every lease of `chamberId` as of `asOf` (ISO date; today in Morocco when
 * absent), from the payments recorded since the chamber's books start (`chambers.books_since`).
 */
export async function arrears(
  db: Database,
  request: { chamberId: ChamberId; asOf?: string | undefined; now?: Date | undefined },
): Promise<ArrearsReport> {
  // One snapshot for the three reads, so a payment recorded meanwhile is counted whole or not at all.
  const { chamber, leaseRows, paymentRows } = await db.transaction(
    async (tx) => ({
      chamber: (
        await tx
          .select({ booksSince: chambers.booksSince })
          .from(chambers)
          .where(eq(chambers.id, request.chamberId))
      )[0],
      leaseRows: await tx
        .select({ data: leases.data })
        .from(leases)
        .where(eq(leases.chamberId, request.chamberId)),
      paymentRows: await tx
        .select({ data: payments.data })
        .from(payments)
        .where(eq(payments.chamberId, request.chamberId)),
    }),
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  if (!chamber) throw new NotFoundError("chamber", request.chamberId);
  const paymentsByLease = new Map<string, LeasePayment[]>();
  for (const { data } of paymentRows) {
    const list = paymentsByLease.get(data.leaseId) ?? [];
    list.push(data);
    paymentsByLease.set(data.leaseId, list);
  }
  const asOf = request.asOf ?? moroccanDate(request.now ?? new Date());
  const parts = await inTurns(leaseRows, (part) =>
    arrearsOf({
      leases: part.map((row) => row.data),
      payments: part.flatMap((row) => paymentsByLease.get(row.data.id) ?? []),
      asOf,
      ...(chamber.booksSince === null ? {} : { since: chamber.booksSince }),
    }),
  );
  return combineArrears(parts);
}
