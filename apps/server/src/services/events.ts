import type { EventCreate, EventListQuery, EventPatch, EventStatusChange } from "@ghorfa/contract";
import { type ChamberId, Event, MAX_EVENT_CAPACITY, SEAT_HOLDING, seatsToPromote } from "@ghorfa/schemas";
import { and, asc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { eventRow } from "../db/rows";
import { events, registrations } from "../db/schema";
import { NotFoundError } from "./errors";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import { changeStatus, newRecord, type RecordRef, type RecordStore, updateRecord } from "./records";
import type { Versioned } from "./versioned";

// An event is one row of its chamber. Its row is also the lock that registrations take: whoever
// registers, cancels or changes the capacity holds it, so seats are counted by one at a time.

const ENTITY = "event";

export type EventFilters = FiltersOf<EventListQuery> & {
  /** Only published public events whose last day is `endsFrom` or later (the public list). */
  readonly upcomingPublic?: boolean | undefined;
};

/** The events of `chamberId`, by id, one page at a time. */
export async function list(
  db: Database,
  request: PageRequest & EventFilters & { chamberId: ChamberId },
): Promise<PageOf<Event>> {
  const after = cursorAfter(request.cursor, { kind: "event", chamberId: request.chamberId });
  const rows = await db
    .select({ data: events.data })
    .from(events)
    .where(
      and(
        eq(events.chamberId, request.chamberId),
        after === undefined ? undefined : gt(events.id, after),
        request.status === undefined ? undefined : eq(events.status, request.status),
        request.endsFrom === undefined ? undefined : gte(events.endDate, request.endsFrom),
        request.upcomingPublic ? and(eq(events.status, "published"), eq(events.isPublic, true)) : undefined,
      ),
    )
    .orderBy(asc(events.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (event) => event.id,
  );
}

/** The event `ref` names in its chamber, read or (with `lock`) locked until the transaction ends. */
export async function find(db: Database, ref: RecordRef, lock: boolean): Promise<Versioned<Event>> {
  const query = db
    .select({ data: events.data, version: events.version })
    .from(events)
    .where(and(eq(events.chamberId, ref.chamberId), eq(events.id, ref.id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

export async function get(db: Database, ref: RecordRef): Promise<Versioned<Event>> {
  return find(db, ref, false);
}

async function save(tx: Database, next: Event): Promise<Versioned<Event>> {
  const { id: _id, chamberId: _chamberId, createdAt: _createdAt, ...columns } = eventRow(next);
  const [row] = await tx
    .update(events)
    .set({ ...columns, version: sql`${events.version} + 1` })
    .where(eq(events.id, next.id))
    .returning({ version: events.version });
  return { entity: next, version: row?.version ?? 0 };
}

const store: RecordStore<"event", Event> = {
  kind: ENTITY,
  schema: Event,
  lock: (tx, ref) => find(tx, ref, true),
  save: (tx, _previous, next) => save(tx, next),
};

/** Creates a draft event of `chamberId`. */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: EventCreate; now?: Date | undefined },
): Promise<Versioned<Event>> {
  const event = newRecord(store, request, { ...request.input, status: "draft" });
  const [row] = await db.insert(events).values(eventRow(event)).returning({ version: events.version });
  return { entity: event, version: row?.version ?? 1 };
}

/**
 * Gives the seats `event` has free to its waitlist, oldest registration first, in the caller's
 * transaction, which holds the event's row. Returns how many were promoted.
 */
export async function promoteWaitlist(tx: Database, event: Event, now: Date): Promise<number> {
  const [held] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, [...SEAT_HOLDING])));
  const free = seatsToPromote(event.capacity, Number(held?.count ?? 0), MAX_EVENT_CAPACITY);
  if (free === 0) return 0;
  // Ids sort by creation: the oldest registrations wait the least.
  const promoted = await tx
    .select({ id: registrations.id, data: registrations.data })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.id))
    .limit(free)
    .for("update");
  for (const row of promoted) {
    const data = { ...row.data, status: "confirmed" as const, updatedAt: now.toISOString() };
    await tx
      .update(registrations)
      .set({ status: "confirmed", data, updatedAt: now, version: sql`${registrations.version} + 1` })
      .where(eq(registrations.id, row.id));
  }
  return promoted.length;
}

/**
 * Replaces the fields `changes` gives, at version `ifVersion` (else PreconditionFailedError). Seats
 * a larger capacity frees go to the waitlist in the same transaction.
 */
export async function update(
  db: Database,
  request: RecordRef & { ifVersion: number; changes: EventPatch; now?: Date | undefined },
): Promise<Versioned<Event>> {
  return updateRecord(db, store, request, {
    check: async (tx, _current, next) => {
      await promoteWaitlist(tx, next, request.now ?? new Date());
    },
  });
}

/** Moves an event to `status` if its lifecycle allows it (InvalidTransitionError otherwise). */
export async function setStatus(
  db: Database,
  request: RecordRef & EventStatusChange & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<Event>> {
  return changeStatus(db, store, request);
}
