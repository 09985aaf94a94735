import type { RegistrationCreate, RegistrationListQuery } from "@ghorfa/contract";
import {
  type ChamberId,
  checkInRefusal,
  type Event,
  ghorfaRawIssue,
  isAudienceOf,
  nextStatuses,
  placeRegistration,
  Registration,
  type RegistrationStatus,
  registrationEmailKey,
  registrationFee,
  registrationRefusal,
  SEAT_HOLDING,
} from "@ghorfa/schemas";
import { and, asc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { sqlState, UNIQUE_VIOLATION } from "../db/pg-error";
import { registrationRow } from "../db/rows";
import { members, registrations } from "../db/schema";
import {
  AlreadyCheckedInError,
  AlreadyRegisteredError,
  InvalidTransitionError,
  NotFoundError,
  RegistrationClosedError,
  ValidationError,
} from "./errors";
import * as events from "./events";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import { newRecord } from "./records";
import { validate } from "./validate";
import { checkVersion, type Versioned } from "./versioned";

// Every write to a registration first locks its event's row, in the same order (event, then
// registration), so that seats are counted by one transaction at a time and two writers never
// wait on each other in opposite orders.

const ENTITY = "registration";

/** A registration of an event of a chamber: the event's ref and the registration's id. */
export interface RegistrationRef {
  readonly chamberId: ChamberId;
  readonly eventId: string;
  readonly id: string;
}

/** The registrations of an event, by id (the order they were made in), one page at a time. */
export async function list(
  db: Database,
  request: PageRequest & FiltersOf<RegistrationListQuery> & { chamberId: ChamberId; eventId: string },
): Promise<PageOf<Registration>> {
  await events.get(db, { chamberId: request.chamberId, id: request.eventId });
  const after = cursorAfter(request.cursor, { kind: "registration", chamberId: request.chamberId });
  const rows = await db
    .select({ data: registrations.data })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, request.eventId),
        after === undefined ? undefined : gt(registrations.id, after),
        request.status === undefined ? undefined : eq(registrations.status, request.status),
      ),
    )
    .orderBy(asc(registrations.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (registration) => registration.id,
  );
}

async function find(db: Database, ref: RegistrationRef, lock: boolean): Promise<Versioned<Registration>> {
  const query = db
    .select({ data: registrations.data, version: registrations.version })
    .from(registrations)
    .where(
      and(
        eq(registrations.chamberId, ref.chamberId),
        eq(registrations.eventId, ref.eventId),
        eq(registrations.id, ref.id),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

export async function get(db: Database, ref: RegistrationRef): Promise<Versioned<Registration>> {
  return find(db, ref, false);
}

/** The seats of `event` held now, counted in the caller's transaction. */
async function seatsHeld(tx: Database, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...SEAT_HOLDING])));
  return Number(row?.count ?? 0);
}

/** Refuses a registration `event` does not take now (RegistrationClosedError). */
function checkOpen(event: Event, now: Date): void {
  const refusal = registrationRefusal(event, now);
  if (refusal !== undefined) throw new RegistrationClosedError(event.id, refusal);
}

/**
 * Registers a participant to the event `eventId` of `chamberId`: on a seat while one is left, on
 * the waitlist after, with the fee its rule gives them, all under the event's row lock.
 * RegistrationClosedError outside the window or for an unpublished event; AlreadyRegisteredError
 * when the e-mail address already holds a registration that is not cancelled; ValidationError for
 * an outside participant to a members-only event; NotFoundError for
 * an unknown event or member. `publicOnly` (self-registration) finds only published public events
 * open to anyone.
 */
export async function create(
  db: Database,
  request: {
    chamberId: ChamberId;
    eventId: string;
    input: RegistrationCreate;
    publicOnly?: boolean | undefined;
    now?: Date | undefined;
  },
): Promise<Versioned<Registration>> {
  const now = request.now ?? new Date();
  const { participant, consent } = request.input;
  try {
    return await db.transaction(async (tx) => {
      const { entity: event } = await events.find(
        tx,
        { chamberId: request.chamberId, id: request.eventId },
        true,
      );
      if (
        request.publicOnly &&
        !(event.isPublic && event.audience === "anyone" && event.status === "published")
      ) {
        throw new NotFoundError("event", event.id);
      }
      if (!isAudienceOf(event, participant)) {
        const issue = ghorfaRawIssue(
          "registration_members_only",
          "This event is for the staff of the chamber's members only",
          participant.kind,
        );
        throw new ValidationError("An outside participant for a members-only event", {
          part: "body",
          issues: [{ ...issue, path: ["participant", "kind"] }],
        });
      }
      checkOpen(event, now);
      if (participant.kind === "member_staff") {
        const [member] = await tx
          .select({ id: members.id })
          .from(members)
          .where(and(eq(members.chamberId, request.chamberId), eq(members.id, participant.memberId)));
        if (!member) throw new NotFoundError("member", participant.memberId);
      }
      const email = registrationEmailKey(participant.person.email);
      const [taken] = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(
          and(
            eq(registrations.eventId, event.id),
            eq(registrations.email, email),
            ne(registrations.status, "cancelled"),
          ),
        );
      if (taken) throw new AlreadyRegisteredError(event.id);
      const registration = newRecord(
        { kind: ENTITY, schema: Registration },
        { chamberId: request.chamberId, now: request.now },
        {
          eventId: event.id,
          participant,
          consent: { ...consent, at: now.toISOString() },
          status: placeRegistration(event.capacity, await seatsHeld(tx, event.id)),
          fee: registrationFee(event, participant),
        },
      );
      const [row] = await tx
        .insert(registrations)
        .values(registrationRow(registration))
        .returning({ version: registrations.version });
      return { entity: registration, version: row?.version ?? 1 };
    });
  } catch (error) {
    // The lock makes this the rare path: the unique index is the last guard, not the rule.
    if (sqlState(error) === UNIQUE_VIOLATION) throw new AlreadyRegisteredError(request.eventId);
    throw error;
  }
}

/** Saves `next` over the locked registration and moves its version on. */
async function save(tx: Database, next: Registration): Promise<Versioned<Registration>> {
  const [row] = await tx
    .update(registrations)
    .set({
      status: next.status,
      data: next,
      updatedAt: new Date(next.updatedAt),
      version: sql`${registrations.version} + 1`,
    })
    .where(eq(registrations.id, next.id))
    .returning({ version: registrations.version });
  return { entity: next, version: row?.version ?? 0 };
}

/** What a move to another status does beyond the lifecycle's own check. */
interface MoveRules {
  /** A refusal of the current registration, under the lock, before the lifecycle is asked. */
  readonly refuse?: ((current: Registration) => void) | undefined;
  /** Fields the move brings (a check-in's instant). */
  readonly fields?: ((now: Date) => Partial<Registration>) | undefined;
  /** What follows the move, in the same transaction (a freed seat given to the waitlist). */
  readonly after?:
    | ((tx: Database, event: Event, previous: Registration, now: Date) => Promise<void>)
    | undefined;
}

/**
 * Moves a registration to `status` if its lifecycle allows it (InvalidTransitionError otherwise),
 * under its event's lock, by `rules`.
 */
async function move(
  db: Database,
  request: RegistrationRef & { ifVersion?: number | undefined; now?: Date | undefined },
  status: RegistrationStatus,
  rules: MoveRules,
): Promise<Versioned<Registration>> {
  const now = request.now ?? new Date();
  return db.transaction(async (tx) => {
    const { entity: event } = await events.find(
      tx,
      { chamberId: request.chamberId, id: request.eventId },
      true,
    );
    const current = await find(tx, request, true);
    if (request.ifVersion !== undefined) checkVersion(ENTITY, request.id, request.ifVersion, current.version);
    rules.refuse?.(current.entity);
    const from = current.entity.status;
    if (!nextStatuses("registration", from).includes(status)) {
      throw new InvalidTransitionError(ENTITY, from, status, nextStatuses("registration", from));
    }
    const next = validate(
      Registration,
      { ...current.entity, ...rules.fields?.(now), status, updatedAt: now.toISOString() },
      ENTITY,
    );
    const saved = await save(tx, next);
    await rules.after?.(tx, event, current.entity, now);
    return saved;
  });
}

/**
 * Cancels a registration. A confirmed one frees its seat, which goes to the oldest waitlisted
 * registration in the same transaction.
 */
export async function cancel(
  db: Database,
  request: RegistrationRef & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<Registration>> {
  return move(db, request, "cancelled", {
    after: async (tx, event, previous, now) => {
      if (previous.status === "confirmed") await events.promoteWaitlist(tx, event, now);
    },
  });
}

/**
 * Checks a confirmed registration in (`attended`, with the instant). AlreadyCheckedInError for
 * one already checked in, also when two check-ins come at once (the second waits for the lock);
 * InvalidTransitionError for one without a seat.
 */
export async function checkIn(
  db: Database,
  request: RegistrationRef & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<Registration>> {
  return move(db, request, "attended", {
    refuse: (current) => {
      if (checkInRefusal(current) === "already_checked_in") throw new AlreadyCheckedInError(current.id);
    },
    fields: (now) => ({ checkedInAt: now.toISOString() }),
  });
}
