import type { MemberCreate, MemberListQuery, MemberPatch } from "@ghorfa/contract";
import { fold } from "@ghorfa/i18n/fold";
import { type ChamberId, Member, type MemberStatus } from "@ghorfa/schemas";
import { and, arrayContains, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from "../db/pg-error";
import { memberRow } from "../db/rows";
import { members } from "../db/schema";
import { ConflictError, NotFoundError } from "./errors";
import { holdersOf, isProgrammeCode, otherProgrammesLabels, withHeldLabels } from "./member-labels";
import { type SearchView, searchCondition } from "./member-search";
import { cursorAfter, type FiltersOf, type OneOrMany, type PageOf, type PageRequest, toPage } from "./page";
import { changeStatus, newRecord, type RecordRef, type RecordStore, updateRecord } from "./records";
import { moroccanDate } from "./today";
import type { Versioned } from "./versioned";

/**
 * The contract's `MemberListQuery` filters: `q` (words that must all occur, folded, in names,
 * activity, city or ICE), `city` (matched folded: `agadir` finds `Agadir`), `section`, `label`
 * (a code the member holds); `status` may be several (the public directory asks for the listed ones).
 */
export type MemberFilters = Omit<FiltersOf<MemberListQuery>, "status"> & {
  readonly status?: OneOrMany<MemberStatus> | undefined;
  /** Which view `q` searches: the public one never matches a field the public cannot see. */
  readonly searchIn?: SearchView | undefined;
};

const ENTITY = "member";

type ListRequest = PageRequest &
  MemberFilters & {
    chamberId: ChamberId;
    /**
     * The day `label` is held on, when it is the code of one of the chamber's label programmes:
     * then the programme's decisions say who holds it (see member-labels.ts), not `members.labels`.
     */
    programmeDay?: string | undefined;
  };

/** The query behind `list`, unexecuted, for EXPLAIN in tests and benchmarks. */
export function listQuery(db: Database, request: ListRequest) {
  const after = cursorAfter(request.cursor, { kind: "member", chamberId: request.chamberId });
  const statuses = typeof request.status === "string" ? [request.status] : request.status;
  return db
    .select({ data: members.data })
    .from(members)
    .where(
      and(
        eq(members.chamberId, request.chamberId),
        after === undefined ? undefined : gt(members.id, after),
        request.q === undefined ? undefined : searchCondition(request.q, request.searchIn),
        request.section === undefined ? undefined : eq(members.section, request.section),
        statuses === undefined ? undefined : inArray(members.status, [...statuses]),
        request.city === undefined ? undefined : eq(members.city, fold(request.city)),
        request.label === undefined
          ? undefined
          : request.programmeDay !== undefined
            ? holdersOf(request.chamberId, request.label, request.programmeDay)
            : arrayContains(members.labels, [request.label]),
      ),
    )
    .orderBy(asc(members.id))
    .limit(request.limit + 1);
}

/** Members of `chamberId` matching `filters`, by id, one page at a time. */
export async function list(
  db: Database,
  request: ListRequest & { now?: Date | undefined },
): Promise<PageOf<Member>> {
  const today = moroccanDate(request.now ?? new Date());
  const isProgramme =
    request.label !== undefined && (await isProgrammeCode(db, request.chamberId, request.label));
  const rows = await listQuery(db, { ...request, programmeDay: isProgramme ? today : undefined });
  const page = toPage(
    rows.map((row) => row.data),
    request.limit,
    (member) => member.id,
  );
  return { ...page, items: await withHeldLabels(db, request.chamberId, page.items, today) };
}

/** `versioned` with the labels its member shows today (member-labels.ts). */
async function served(
  db: Database,
  versioned: Versioned<Member>,
  now?: Date | undefined,
): Promise<Versioned<Member>> {
  const today = moroccanDate(now ?? new Date());
  const [entity] = await withHeldLabels(db, versioned.entity.chamberId, [versioned.entity], today);
  return { entity: entity ?? versioned.entity, version: versioned.version };
}

/**
 * The member `ref` names, read or (with `lock`) locked to the end of the transaction: reads and
 * writes find a record by one rule, so another chamber's member is not found by either.
 */
async function find(db: Database, ref: RecordRef, lock: boolean): Promise<Versioned<Member>> {
  const query = db
    .select({ data: members.data, version: members.version })
    .from(members)
    .where(and(eq(members.chamberId, ref.chamberId), eq(members.id, ref.id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

/** One member of `chamberId`, with its version; NotFoundError otherwise. */
export async function get(
  db: Database,
  ref: RecordRef & { now?: Date | undefined },
): Promise<Versioned<Member>> {
  return served(db, await find(db, ref, false), ref.now);
}

/** A write refused by the database's rules, as the service error that says why. */
function refusal(error: unknown, member: Member): unknown {
  const state = sqlState(error);
  if (state === FOREIGN_KEY_VIOLATION) return new NotFoundError("chamber", member.chamberId);
  if (state === UNIQUE_VIOLATION) {
    return new ConflictError(
      `${member.chamberId} already holds a member with ICE ${member.identifiers.ice}`,
      {
        cause: error,
      },
    );
  }
  return error;
}

/**
 * Records a new, pending member of `chamberId`. ValidationError when it breaks a rule of
 * `Member`, ConflictError when the chamber already holds its ICE.
 */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: MemberCreate; now?: Date | undefined },
): Promise<Versioned<Member>> {
  const member = newRecord(store, request, {
    ...request.input,
    labels: await otherProgrammesLabels(db, request.chamberId, request.input.labels),
    status: "pending",
    chamberId: request.chamberId,
  });
  try {
    const [row] = await db.insert(members).values(memberRow(member)).returning({ version: members.version });
    // A new member holds no label of the chamber's programmes yet (an application names an
    // existing member): there is nothing to derive, and no query to make for it.
    return { entity: member, version: row?.version ?? 1 };
  } catch (error) {
    throw refusal(error, member);
  }
}

async function save(tx: Database, member: Member): Promise<Versioned<Member>> {
  const { id: _id, chamberId: _chamberId, createdAt: _createdAt, ...columns } = memberRow(member);
  try {
    const [row] = await tx
      .update(members)
      .set({ ...columns, version: sql`${members.version} + 1` })
      .where(eq(members.id, member.id))
      .returning({ version: members.version });
    return { entity: member, version: row?.version ?? 0 };
  } catch (error) {
    throw refusal(error, member);
  }
}

const store: RecordStore<"member", Member> = {
  kind: ENTITY,
  schema: Member,
  lock: (tx, ref) => find(tx, ref, true),
  save: (tx, _previous, next) => save(tx, next),
};

/**
 * Replaces the fields `changes` gives, on a member at version `ifVersion`. A stale version is
 * refused with PreconditionFailedError and changes nothing; so is a change that breaks a rule.
 */
export async function update(
  db: Database,
  request: {
    chamberId: ChamberId;
    id: string;
    ifVersion: number;
    changes: MemberPatch;
    now?: Date | undefined;
  },
): Promise<Versioned<Member>> {
  const { labels } = request.changes;
  const changes =
    labels === undefined
      ? request.changes
      : { ...request.changes, labels: await otherProgrammesLabels(db, request.chamberId, labels) };
  return served(
    db,
    await updateRecord(db, store, { ...request, changes }, { keep: ["chamberId"] }),
    request.now,
  );
}

/**
 * Moves a member to `status` if its lifecycle allows it, else InvalidTransitionError with the
 * statuses it allows. `ifVersion`, when given, must be the current version.
 */
export async function setStatus(
  db: Database,
  request: {
    chamberId: ChamberId;
    id: string;
    status: MemberStatus;
    ifVersion?: number | undefined;
    now?: Date | undefined;
  },
): Promise<Versioned<Member>> {
  return served(db, await changeStatus(db, store, request), request.now);
}
