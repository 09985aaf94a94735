import type {
  AgreementCreate,
  AgreementListQuery,
  AgreementPatch,
  AgreementStatusChange,
} from "@ghorfa/contract";
import { Agreement, type AgreementStatus, type ChamberId, chamberOfId } from "@ghorfa/schemas";
import { and, asc, eq, gt, inArray, notInArray, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { agreementChamberRows, agreementRow } from "../db/rows";
import { agreementChambers, agreements } from "../db/schema";
import { NotFoundError } from "./errors";
import {
  cursorAfter,
  type FiltersOf,
  foreignCursor,
  type OneOrMany,
  type PageOf,
  type PageRequest,
  toPage,
} from "./page";
import { changeStatus, newRecord, type RecordRef, type RecordStore, updateRecord } from "./records";
import type { Versioned } from "./versioned";

// An agreement is one row, whichever hosted chambers are parties to it: each of them sees it,
// and each may change it (every change is checked against the version it was based on). The
// chamber that recorded it is the one in its id, and must stay a party.
//
// `published` is the one field that is not shared: each party chamber decides whether the
// agreement is in its own public list (`agreement_chambers.published`), and sees its own choice
// as the agreement's `published`. So no chamber can publish into another chamber's public list.

/** The contract's `AgreementListQuery` filters (`domain`: agreements that cover it); `status` may be several. */
export type AgreementFilters = Omit<FiltersOf<AgreementListQuery>, "status"> & {
  readonly status?: OneOrMany<AgreementStatus> | undefined;
  /** `true` for what the public may see. */
  readonly published?: boolean | undefined;
};

const ENTITY = "agreement";

/** The agreement as a party chamber sees it: with that chamber's own `published`. */
const asSeen = (row: { data: Agreement; published: boolean }): Agreement => ({
  ...row.data,
  published: row.published,
});

/** The agreements `chamberId` is a party to, by id, one page at a time. */
export async function list(
  db: Database,
  request: PageRequest & AgreementFilters & { chamberId: ChamberId },
): Promise<PageOf<Agreement>> {
  const after = cursorAfter(request.cursor, { kind: "agreement" });
  // Another chamber's agreement is a place in this list only when this chamber is a party to it
  // (both parties' lists then hold it, and issue the same cursor for it): any other is a cursor
  // of another chamber's list, refused like those of the chamber's own records.
  if (request.cursor !== undefined && after !== undefined && chamberOfId(after) !== request.chamberId) {
    const held = await db
      .select({ id: agreementChambers.agreementId })
      .from(agreementChambers)
      .where(
        and(eq(agreementChambers.agreementId, after), eq(agreementChambers.chamberId, request.chamberId)),
      );
    if (held.length === 0) throw foreignCursor(request.cursor, request.chamberId);
  }
  const statuses = typeof request.status === "string" ? [request.status] : request.status;
  const rows = await db
    .select({ data: agreements.data, published: agreementChambers.published })
    .from(agreementChambers)
    .innerJoin(agreements, eq(agreements.id, agreementChambers.agreementId))
    .where(
      and(
        eq(agreementChambers.chamberId, request.chamberId),
        after === undefined ? undefined : gt(agreementChambers.agreementId, after),
        request.published === undefined ? undefined : eq(agreementChambers.published, request.published),
        statuses === undefined ? undefined : inArray(agreements.status, [...statuses]),
        request.kind === undefined ? undefined : sql`${agreements.data}->>'kind' = ${request.kind}`,
        request.domain === undefined ? undefined : sql`${agreements.data}->'domains' ? ${request.domain}`,
      ),
    )
    .orderBy(asc(agreementChambers.agreementId))
    .limit(request.limit + 1);
  return toPage(rows.map(asSeen), request.limit, (agreement) => agreement.id);
}

/** The agreement `ref` names, if its chamber is a party, read or (with `lock`) locked. */
async function find(db: Database, ref: RecordRef, lock: boolean): Promise<Versioned<Agreement>> {
  const query = db
    .select({ data: agreements.data, published: agreementChambers.published, version: agreements.version })
    .from(agreements)
    .innerJoin(
      agreementChambers,
      and(eq(agreementChambers.agreementId, agreements.id), eq(agreementChambers.chamberId, ref.chamberId)),
    )
    .where(eq(agreements.id, ref.id));
  const [row] = lock ? await query.for("update", { of: agreements }) : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: asSeen(row), version: row.version };
}

export async function get(db: Database, ref: RecordRef): Promise<Versioned<Agreement>> {
  return find(db, ref, false);
}

/** Records a draft agreement of `chamberId` (which must be among its parties), seen by every party chamber. */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: AgreementCreate; now?: Date | undefined },
): Promise<Versioned<Agreement>> {
  const agreement = newRecord(storeOf(request.chamberId), request, { ...request.input, status: "draft" });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values(agreementRow(agreement))
      .returning({ version: agreements.version });
    await tx.insert(agreementChambers).values(agreementChamberRows(agreement, request.chamberId));
    return { entity: agreement, version: row?.version ?? 1 };
  });
}

/**
 * Saves `next`, as `chamberId` sees it, over the stored agreement: the shared fields for every
 * party, `published` for `chamberId` alone. A party added starts unpublished in its own list; a
 * party removed no longer sees the agreement.
 */
async function save(tx: Database, chamberId: ChamberId, next: Agreement): Promise<Versioned<Agreement>> {
  const { id: _id, chamberId: _recorder, createdAt: _createdAt, data, ...columns } = agreementRow(next);
  // `data` is the recording chamber's view: another party's choice never lands in it.
  const stored =
    chamberOfId(next.id) === chamberId
      ? data
      : sql`jsonb_set(${JSON.stringify(data)}::jsonb, '{published}', ${agreements.data} -> 'published')`;
  const [row] = await tx
    .update(agreements)
    .set({ ...columns, data: stored as never, version: sql`${agreements.version} + 1` })
    .where(eq(agreements.id, next.id))
    .returning({ version: agreements.version });
  const parties = agreementChamberRows(next, chamberId);
  await tx.delete(agreementChambers).where(
    and(
      eq(agreementChambers.agreementId, next.id),
      notInArray(
        agreementChambers.chamberId,
        parties.map((party) => party.chamberId),
      ),
    ),
  );
  await tx
    .insert(agreementChambers)
    .values(parties.map((party) => ({ ...party, published: false })))
    .onConflictDoNothing();
  await tx
    .update(agreementChambers)
    .set({ published: next.published })
    .where(and(eq(agreementChambers.agreementId, next.id), eq(agreementChambers.chamberId, chamberId)));
  return { entity: next, version: row?.version ?? 0 };
}

/** How `chamberId`'s requests keep agreements: the shared record, and its own `published`. */
const storeOf = (chamberId: ChamberId): RecordStore<"agreement", Agreement> => ({
  kind: ENTITY,
  schema: Agreement,
  lock: (tx, ref) => find(tx, ref, true),
  save: (tx, _previous, next) => save(tx, chamberId, next),
});

/** Replaces the fields `changes` gives, at version `ifVersion` (else PreconditionFailedError, nothing changed). */
export async function update(
  db: Database,
  request: RecordRef & { ifVersion: number; changes: AgreementPatch; now?: Date | undefined },
): Promise<Versioned<Agreement>> {
  return updateRecord(db, storeOf(request.chamberId), request);
}

/**
 * Moves an agreement to `status` if its lifecycle allows it (InvalidTransitionError otherwise,
 * with the allowed ones). Signing needs the place and date (`signature`) unless already recorded.
 */
export async function setStatus(
  db: Database,
  request: RecordRef & AgreementStatusChange & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<Agreement>> {
  return changeStatus(
    db,
    storeOf(request.chamberId),
    request,
    request.signature === undefined ? {} : { signature: request.signature },
  );
}
