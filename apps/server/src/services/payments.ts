import type { LeasePaymentCreate, LeasePaymentListQuery } from "@ghorfa/contract";
import {
  type ChamberId,
  chamberOfId,
  formatReceiptNumber,
  type Lease,
  LeasePayment,
  newId,
  paymentLeaseIssues,
} from "@ghorfa/schemas";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { paymentRow } from "../db/rows";
import { leases, payments, receiptCounters } from "../db/schema";
import { NotFoundError, ValidationError } from "./errors";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import type { OwnedBy } from "./records";
import { validate } from "./validate";

type LeaseRef = { chamberId: ChamberId; leaseId: string };

async function checkLease(db: Database, ref: LeaseRef & OwnedBy, lock: boolean): Promise<Lease> {
  const query = db
    .select({ data: leases.data })
    .from(leases)
    .where(
      and(
        eq(leases.chamberId, ref.chamberId),
        eq(leases.id, ref.leaseId),
        ref.ownedBy === undefined ? undefined : eq(leases.tenantId, ref.ownedBy),
      ),
    );
  const [lease] = lock ? await query.for("share") : await query;
  if (!lease) throw new NotFoundError("lease", ref.leaseId);
  return lease.data;
}

/**
 * A payment must fit its lease (its currency, a rent period within the lease's months), or the
 * reports would later meet money they cannot add or a month the lease never owed: refused now.
 */
function checkFitsLease(lease: Lease, payment: LeasePayment): void {
  const issues = paymentLeaseIssues(lease, payment);
  if (issues.length === 0) return;
  throw new ValidationError("The payment does not fit its lease", { part: "body", issues });
}

/** The payments of one lease (of one `kind`, if given), in the order they were recorded. */
export async function list(
  db: Database,
  request: PageRequest & LeaseRef & OwnedBy & FiltersOf<LeasePaymentListQuery>,
): Promise<PageOf<LeasePayment>> {
  const after = cursorAfter(request.cursor, { kind: "payment", chamberId: request.chamberId });
  await checkLease(db, request, false);
  const rows = await db
    .select({ data: payments.data })
    .from(payments)
    .where(
      and(
        eq(payments.leaseId, request.leaseId),
        after === undefined ? undefined : gt(payments.id, after),
        request.kind === undefined ? undefined : sql`${payments.data}->>'kind' = ${request.kind}`,
      ),
    )
    .orderBy(asc(payments.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (payment) => payment.id,
  );
}

/**
 * Takes the next receipt number of `chamberId` for `year`. The counter row is updated in the
 * caller's transaction and stays locked until it ends: concurrent payments queue on it, each
 * gets the next number, and a payment that rolls back gives its number back. No gap, no double.
 */
export async function takeReceiptNumber(tx: Database, chamberId: ChamberId, year: number): Promise<string> {
  const [counter] = await tx
    .insert(receiptCounters)
    .values({ chamberId, year, last: 1 })
    .onConflictDoUpdate({
      target: [receiptCounters.chamberId, receiptCounters.year],
      set: { last: sql`${receiptCounters.last} + 1` },
    })
    .returning({ last: receiptCounters.last });
  if (!counter) throw new Error("The receipt counter upsert returned no row");
  return formatReceiptNumber(year, counter.last);
}

/**
 * Records a payment on a lease of `chamberId` and gives it the next receipt number of the year
 * of `paidOn`, in one transaction. Retries are made safe by the idempotency key around it.
 */
export async function create(
  db: Database,
  request: LeaseRef & { input: LeasePaymentCreate; now?: Date | undefined },
): Promise<LeasePayment> {
  const { chamberId, leaseId, input } = request;
  // Another chamber's lease is not found here, whatever the payment says.
  if (chamberOfId(leaseId) !== chamberId) throw new NotFoundError("lease", leaseId);
  const year = Number(input.paidOn.slice(0, 4));
  // Validated with a stand-in number of the same year before a number is taken, so a refused
  // payment never touches the counter; the real number changes nothing the schema checks.
  const valid = validate(
    LeasePayment,
    {
      ...input,
      id: newId("payment", chamberId, request.now?.getTime()),
      chamberId,
      leaseId,
      receiptNumber: Number.isInteger(year) ? formatReceiptNumber(year, 1) : "0000-000001",
    },
    "payment",
  );
  return db.transaction(async (tx) => {
    // A share lock: the lease cannot go away under the payment, and payments do not queue on it.
    checkFitsLease(await checkLease(tx, request, true), valid);
    const payment = { ...valid, receiptNumber: await takeReceiptNumber(tx, chamberId, year) };
    await tx.insert(payments).values(paymentRow(payment));
    return payment;
  });
}
