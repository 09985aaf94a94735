import type { LeaseCreate, LeaseListQuery, LeasePatch, LeaseStatusChange } from "@ghorfa/contract";
import {
  type ChamberId,
  checkRentRevision,
  ghorfaRawIssue,
  Lease,
  type LeaseStatus,
  leaseEnd,
  type RentStep,
} from "@ghorfa/schemas";
import { and, asc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { leaseRow } from "../db/rows";
import { leases, members, units } from "../db/schema";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { cursorAfter, type FiltersOf, type OneOrMany, type PageOf, type PageRequest, toPage } from "./page";
import {
  changeStatus,
  newRecord,
  type OwnedBy,
  type RecordRef,
  type RecordStore,
  updateRecord,
} from "./records";
import { moroccanDate } from "./today";
import type { Versioned } from "./versioned";

/** The contract's `LeaseListQuery` filters; `status` may be several. */
export type LeaseFilters = Omit<FiltersOf<LeaseListQuery>, "status"> & {
  readonly status?: OneOrMany<LeaseStatus> | undefined;
};

const ENTITY = "lease";

export async function list(
  db: Database,
  request: PageRequest & LeaseFilters & OwnedBy & { chamberId: ChamberId },
): Promise<PageOf<Lease>> {
  const after = cursorAfter(request.cursor, { kind: "lease", chamberId: request.chamberId });
  const statuses = typeof request.status === "string" ? [request.status] : request.status;
  const rows = await db
    .select({ data: leases.data })
    .from(leases)
    .where(
      and(
        eq(leases.chamberId, request.chamberId),
        after === undefined ? undefined : gt(leases.id, after),
        statuses === undefined ? undefined : inArray(leases.status, [...statuses]),
        request.tenantId === undefined ? undefined : eq(leases.tenantId, request.tenantId),
        request.unitId === undefined ? undefined : eq(leases.unitId, request.unitId),
        request.ownedBy === undefined ? undefined : eq(leases.tenantId, request.ownedBy),
      ),
    )
    .orderBy(asc(leases.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (lease) => lease.id,
  );
}

/** The lease `ref` names, read or (with `lock`) locked to the end of the transaction. */
async function find(db: Database, ref: RecordRef, lock: boolean): Promise<Versioned<Lease>> {
  const query = db
    .select({ data: leases.data, version: leases.version })
    .from(leases)
    .where(and(eq(leases.chamberId, ref.chamberId), eq(leases.id, ref.id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

export async function get(db: Database, ref: RecordRef & OwnedBy): Promise<Versioned<Lease>> {
  const found = await find(db, ref, false);
  if (ref.ownedBy !== undefined && found.entity.tenantId !== ref.ownedBy)
    throw new NotFoundError(ENTITY, ref.id);
  return found;
}

/** Whether two leases' periods share a day (a lease with no end runs on). */
function overlaps(a: Lease, b: Lease): boolean {
  const endA = leaseEnd(a);
  const endB = leaseEnd(b);
  return (endB === undefined || a.start <= endB) && (endA === undefined || b.start <= endA);
}

/**
 * The tenant and the unit must be records of the lease's chamber, and the unit free over the
 * lease's period. The unit's row stays locked to the end of the transaction, so two leases of
 * one unit drawn up at once are checked one after the other.
 */
async function checkTenantAndUnit(tx: Database, lease: Lease): Promise<void> {
  const [tenant] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.chamberId, lease.chamberId), eq(members.id, lease.tenantId)));
  if (!tenant) throw new NotFoundError("member", lease.tenantId);
  const [unit] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.chamberId, lease.chamberId), eq(units.id, lease.unitId)))
    .for("update");
  if (!unit) throw new NotFoundError("unit", lease.unitId);
  const others = await tx
    .select({ data: leases.data })
    .from(leases)
    .where(and(eq(leases.unitId, lease.unitId), ne(leases.status, "cancelled"), ne(leases.id, lease.id)));
  const taken = others.find((other) => overlaps(other.data, lease));
  if (taken) throw new ConflictError(`Unit ${lease.unitId} is let by ${taken.data.id} over the same period`);
}

/** Draws up a lease (a `draft`) of one of the chamber's units, free over its period, to one of its members. */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: LeaseCreate; now?: Date | undefined },
): Promise<Versioned<Lease>> {
  const lease = newRecord(store, request, {
    ...request.input,
    status: "draft",
    chamberId: request.chamberId,
  });
  return db.transaction(async (tx) => {
    await checkTenantAndUnit(tx, lease);
    const [row] = await tx.insert(leases).values(leaseRow(lease)).returning({ version: leases.version });
    return { entity: lease, version: row?.version ?? 1 };
  });
}

async function save(tx: Database, lease: Lease): Promise<Versioned<Lease>> {
  const [row] = await tx
    .update(leases)
    .set({
      status: lease.status,
      data: lease,
      updatedAt: new Date(lease.updatedAt),
      version: sql`${leases.version} + 1`,
    })
    .where(eq(leases.id, lease.id))
    .returning({ version: leases.version });
  return { entity: lease, version: row?.version ?? 0 };
}

const store: RecordStore<"lease", Lease> = {
  kind: ENTITY,
  schema: Lease,
  lock: (tx, ref) => find(tx, ref, true),
  save: (tx, _previous, next) => save(tx, next),
};

/** Whether two rent steps are the same step: same day, same rent. */
const sameStep = (a: RentStep, b: RentStep) =>
  a.effectiveFrom === b.effectiveFrom &&
  a.monthlyRent.amount === b.monthlyRent.amount &&
  a.monthlyRent.currency === b.monthlyRent.currency;

/**
 * Once a lease has taken effect its past revisions are facts loi 07-03 counts from, so a patch
 * may not rewrite them (else a first patch could wipe them and a second raise the rent early):
 * a history the patch gives (or removes with `null`) starts with every current step, unchanged
 * and in order, and only adds steps after them; a last revision date, once set, is neither
 * removed (with its clause or alone) nor moved earlier. Refused with `lease_history_rewrite`.
 * A draft stays freely editable.
 */
function keepHistory(current: Lease, changes: LeasePatch): void {
  if (current.status === "draft") return;
  const refuse = (path: string[], message: string, input: unknown) =>
    new ValidationError("The lease's rent history is kept once it takes effect", {
      part: "body",
      issues: [{ ...ghorfaRawIssue("lease_history_rewrite", message, input), path }],
    });
  if (changes.rentHistory !== undefined) {
    const kept = current.rentHistory ?? [];
    const given = changes.rentHistory ?? [];
    if (kept.length > given.length || !kept.every((step, i) => sameStep(step, given[i] as RentStep))) {
      throw refuse(
        ["rentHistory"],
        "The rent history keeps every current step; steps are only added after them",
        changes.rentHistory,
      );
    }
  }
  const lastRevisionOn = current.revisionClause?.lastRevisionOn;
  if (lastRevisionOn === undefined || changes.revisionClause === undefined) return;
  if (changes.revisionClause === null) {
    throw refuse(
      ["revisionClause"],
      `The revision clause keeps its last revision, ${lastRevisionOn}`,
      changes.revisionClause,
    );
  }
  const given = changes.revisionClause.lastRevisionOn;
  if (given === undefined || given < lastRevisionOn) {
    throw refuse(
      ["revisionClause", "lastRevisionOn"],
      `The last revision stays on ${lastRevisionOn} or later`,
      given,
    );
  }
}

/**
 * A new monthly rent on a lease that has taken effect is a revision (loi 07-03): lawful or
 * refused with `revision_too_early` / `revision_above_cap`. It takes effect on the last step of
 * the rent history the patch gives, else today, and is added to the history.
 */
function revise(current: Lease, changes: LeasePatch, today: string): Partial<Lease> {
  const rent = changes.monthlyRent;
  const isRevision =
    rent !== undefined && current.status !== "draft" && rent.amount !== current.monthlyRent.amount;
  if (!isRevision) return {};
  const effectiveFrom = changes.rentHistory?.at(-1)?.effectiveFrom ?? today;
  const refused = (issues: ReturnType<typeof ghorfaRawIssue>[]) =>
    new ValidationError("The rent revision is not lawful", {
      part: "body",
      issues: issues.map((issue) => ({ ...issue, path: ["monthlyRent"] })),
    });
  if (rent.currency !== current.monthlyRent.currency) {
    throw refused([
      ghorfaRawIssue("lease_currency_mismatch", `The rent stays in ${current.monthlyRent.currency}`, rent),
    ]);
  }
  const verdict = checkRentRevision(current, { effectiveFrom, monthlyRent: rent });
  if (!verdict.lawful) {
    // One issue per limit the increase passes, each naming its limit: an early and too high
    // increase is told both.
    const { earliestDate, maxRent } = verdict;
    throw refused([
      ...(earliestDate === undefined
        ? []
        : [
            ghorfaRawIssue("revision_too_early", `loi 07-03: not before ${earliestDate}`, rent, {
              earliestDate,
            }),
          ]),
      ...(maxRent === undefined
        ? []
        : [
            ghorfaRawIssue("revision_above_cap", `loi 07-03: at most ${maxRent.amount} centimes`, rent, {
              maxRent,
            }),
          ]),
    ]);
  }
  // A history the patch gives, or removes with `null` (as an empty one would), is the caller's.
  if (changes.rentHistory !== undefined) return {};
  const history = current.rentHistory?.length
    ? current.rentHistory
    : [{ effectiveFrom: current.start, monthlyRent: current.monthlyRent }];
  return { rentHistory: [...history, { effectiveFrom, monthlyRent: rent }] };
}

/**
 * Replaces the fields `changes` gives, on a lease at version `ifVersion` (else
 * PreconditionFailedError, nothing changed). Tenant and unit never change; see `keepHistory` for
 * the rent history of a lease in effect and `revise` for rents.
 */
export async function update(
  db: Database,
  request: RecordRef & { ifVersion: number; changes: LeasePatch; now?: Date | undefined },
): Promise<Versioned<Lease>> {
  return updateRecord(db, store, request, {
    keep: ["chamberId", "tenantId", "unitId"],
    derive: (current, now) => {
      keepHistory(current, request.changes);
      return revise(current, request.changes, moroccanDate(now));
    },
    // Only a new period can clash with another lease of the unit.
    check: async (tx, current, next) => {
      if (leaseEnd(next) !== leaseEnd(current) || next.start !== current.start)
        await checkTenantAndUnit(tx, next);
    },
  });
}

/**
 * Moves a lease to `status` if its lifecycle allows it (InvalidTransitionError otherwise, with
 * the allowed ones). Ending a lease early (`terminated`) needs its last day, `end`.
 */
export async function setStatus(
  db: Database,
  request: RecordRef & LeaseStatusChange & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<Lease>> {
  return changeStatus(db, store, request, request.end === undefined ? {} : { end: request.end });
}
