import type { AgreementCreate, AgreementPatch, AgreementStatusChange } from "@ghorfa/contract";
import {
  Agreement,
  type AgreementDomain,
  type AgreementKind,
  type AgreementStatus,
  type ChamberId,
} from "@ghorfa/schemas";
import { and, asc, eq, exists, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { agreementChamberRows, agreementRow } from "../db/rows";
import { agreementChambers, agreements } from "../db/schema";
import { NotFoundError } from "./errors";
import { cursorAfter, type PageOf, type PageRequest, toPage } from "./page";
import { changeStatus, newRecord, patchRecord, type RecordStore } from "./records";
import type { Versioned } from "./versioned";

// An agreement is one row, whichever hosted chambers are parties to it: each of them sees it,
// and each may change it (every change is checked against the version it was based on). The
// chamber that recorded it is the one in its id, and must stay a party.

export interface AgreementFilters {
  /** `true` for what the public may see. */
  readonly published?: boolean | undefined;
  readonly status?: AgreementStatus | readonly AgreementStatus[] | undefined;
  readonly kind?: AgreementKind | undefined;
  /** Agreements that cover this domain. */
  readonly domain?: AgreementDomain | undefined;
}

const ENTITY = "agreement";

type Ref = { chamberId: ChamberId; id: string };

/** Whether `chamberId` is a party to the agreement of the outer query. */
const seenBy = (db: Database, chamberId: ChamberId) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(agreementChambers)
      .where(
        and(eq(agreementChambers.agreementId, agreements.id), eq(agreementChambers.chamberId, chamberId)),
      ),
  );

/** The agreements `chamberId` is a party to, by id, one page at a time. */
export async function list(
  db: Database,
  request: PageRequest & AgreementFilters & { chamberId: ChamberId },
): Promise<PageOf<Agreement>> {
  const after = cursorAfter(request.cursor);
  const statuses = typeof request.status === "string" ? [request.status] : request.status;
  const rows = await db
    .select({ data: agreements.data })
    .from(agreementChambers)
    .innerJoin(agreements, eq(agreements.id, agreementChambers.agreementId))
    .where(
      and(
        eq(agreementChambers.chamberId, request.chamberId),
        after === undefined ? undefined : gt(agreementChambers.agreementId, after),
        request.published === undefined ? undefined : eq(agreements.published, request.published),
        statuses === undefined ? undefined : inArray(agreements.status, [...statuses]),
        request.kind === undefined ? undefined : sql`${agreements.data}->>'kind' = ${request.kind}`,
        request.domain === undefined ? undefined : sql`${agreements.data}->'domains' ? ${request.domain}`,
      ),
    )
    .orderBy(asc(agreementChambers.agreementId))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (agreement) => agreement.id,
  );
}

/** The agreement `ref` names, if its chamber is a party, read or (with `lock`) locked. */
async function find(db: Database, ref: Ref, lock: boolean): Promise<Versioned<Agreement>> {
  const query = db
    .select({ data: agreements.data, version: agreements.version })
    .from(agreements)
    .where(and(eq(agreements.id, ref.id), seenBy(db, ref.chamberId)));
  const [row] = lock ? await query.for("update", { of: agreements }) : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

export async function get(db: Database, ref: Ref): Promise<Versioned<Agreement>> {
  return find(db, ref, false);
}

/** Records a draft agreement of `chamberId` (which must be among its parties), seen by every party chamber. */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: AgreementCreate; now?: Date | undefined },
): Promise<Versioned<Agreement>> {
  const agreement = newRecord(store, request, { ...request.input, status: "draft" });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values(agreementRow(agreement))
      .returning({ version: agreements.version });
    await tx.insert(agreementChambers).values(agreementChamberRows(agreement));
    return { entity: agreement, version: row?.version ?? 1 };
  });
}

/** Saves `next` over `previous`, and the set of party chambers if the parties changed. */
async function save(tx: Database, previous: Agreement, next: Agreement): Promise<Versioned<Agreement>> {
  const { id: _id, chamberId: _chamberId, createdAt: _createdAt, ...columns } = agreementRow(next);
  const [row] = await tx
    .update(agreements)
    .set({ ...columns, version: sql`${agreements.version} + 1` })
    .where(eq(agreements.id, next.id))
    .returning({ version: agreements.version });
  const before = agreementChamberRows(previous).map((r) => r.chamberId);
  const after = agreementChamberRows(next);
  if (before.join() !== after.map((r) => r.chamberId).join()) {
    await tx.delete(agreementChambers).where(eq(agreementChambers.agreementId, next.id));
    await tx.insert(agreementChambers).values(after);
  }
  return { entity: next, version: row?.version ?? 0 };
}

const store: RecordStore<"agreement", Agreement> = {
  kind: ENTITY,
  schema: Agreement,
  lock: (tx, ref) => find(tx, ref, true),
  save,
};

/** Replaces the fields `changes` gives, at version `ifVersion` (else VersionMismatchError, nothing changed). */
export async function patch(
  db: Database,
  request: Ref & { ifVersion: number; changes: AgreementPatch; now?: Date | undefined },
): Promise<Versioned<Agreement>> {
  return patchRecord(db, store, request);
}

/**
 * Moves an agreement to `status` if its lifecycle allows it (InvalidTransitionError otherwise,
 * with the allowed ones). Signing needs the place and date (`signature`) unless already recorded.
 */
export async function setStatus(
  db: Database,
  request: Ref & AgreementStatusChange & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<Agreement>> {
  return changeStatus(
    db,
    store,
    request,
    request.signature === undefined ? {} : { signature: request.signature },
  );
}
