import * as z from "zod";
import { isDateOrdered, isInstantOrdered } from "../calendar/date-order";
import { IsoDate, IsoDateTime } from "../calendar/dates";
import { FeeRule, feeNeedsDeclaredValue } from "../fees/fee-rule";
import { EventId, EventSessionId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { ghorfaIssue, ghorfaRawIssue } from "../issues/issue-codes";
import type { Named } from "../named";
import { LocalizedParagraphs, LocalizedText } from "../text/localized-text";
import { EventAudience, EventStatus } from "./event-enums";

/** The most seats an event offers: a bound on every count the node makes, not a venue's size. */
export const MAX_EVENT_CAPACITY = 100_000;
/** The most sessions an event holds. */
export const MAX_EVENT_SESSIONS = 200;

/**
 * The day (`YYYY-MM-DD`) an instant falls on where it was written: its date as written with its
 * own offset (`2027-04-15T00:30:00+01:00` is the 15th). Not the time-zone database's Morocco, which
 * differs between runtimes (tzdata 2026c moves Morocco to GMT from 2027; older data keeps GMT+1),
 * so that every node draws the same days: write an event's instants in the venue's offset.
 */
export function eventDayOf(instant: string): string {
  return instant.slice(0, 10);
}

/** The first and last days of an event (the same day for a one-day event). */
export const EventDates = z
  .object({ start: IsoDate, end: IsoDate })
  .refine((dates) => isDateOrdered(dates.start, dates.end), {
    ...ghorfaIssue("date_range_order", "An event cannot end before it starts"),
    path: ["end"],
  });
export type EventDates = z.infer<typeof EventDates>;

/** Where the event takes place. */
export const EventVenue = z.object({ name: LocalizedText, city: LocalizedText });
export type EventVenue = z.infer<typeof EventVenue>;

const eventSessionSchema = z
  .object({ id: EventSessionId, title: LocalizedText, start: IsoDateTime, end: IsoDateTime })
  .refine((session) => isInstantOrdered(session.start, session.end), {
    ...ghorfaIssue("date_range_order", "A session cannot end before it starts"),
    path: ["end"],
  });
/** The type of `EventSession`, named so that declarations refer to it rather than restate it. */
export interface EventSessionSchema extends Named<typeof eventSessionSchema> {}
/** A session of the programme (a panel, a workshop), on the event's days. */
export const EventSession: EventSessionSchema = eventSessionSchema;
export type EventSession = z.infer<typeof EventSession>;

/** When registrations are taken: from `opens` until `closes`, both instants. */
export const RegistrationWindow = z
  .object({ opens: IsoDateTime, closes: IsoDateTime })
  .refine((window) => isInstantOrdered(window.opens, window.closes), {
    ...ghorfaIssue("date_range_order", "Registrations cannot close before they open"),
    path: ["closes"],
  });
export type RegistrationWindow = z.infer<typeof RegistrationWindow>;

const eventSchema = z
  .object({
    id: EventId,
    names: LocalizedText,
    description: LocalizedParagraphs.optional(),
    dates: EventDates,
    venue: EventVenue,
    sessions: z.array(EventSession).max(MAX_EVENT_SESSIONS),
    /** Seats; registrations beyond them wait for one. */
    capacity: z.int().min(1).max(MAX_EVENT_CAPACITY),
    registration: RegistrationWindow,
    /** What a participant pays, computed when they register and kept on the registration. */
    fee: FeeRule,
    audience: EventAudience,
    status: EventStatus,
    /** Whether the event is announced to everyone (with no key) once published. */
    isPublic: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((event, ctx) => {
    const chamber = chamberOfId(event.id);
    const seen = new Set<string>();
    event.sessions.forEach((session, i) => {
      if (chamberOfId(session.id) !== chamber) {
        ctx.addIssue({
          ...ghorfaRawIssue("event_chamber_mismatch", `A session's id belongs to ${chamber}`, session.id),
          path: ["sessions", i, "id"],
        });
      }
      if (seen.has(session.id)) {
        ctx.addIssue({
          ...ghorfaRawIssue("event_session_duplicate", "Each session has its own id", session.id),
          path: ["sessions", i, "id"],
        });
      }
      seen.add(session.id);
      if (!isSessionWithin(session, event.dates)) {
        ctx.addIssue({
          ...ghorfaRawIssue("event_session_outside", "A session takes place on the event's days", session),
          path: ["sessions", i, "start"],
        });
      }
    });
    if (eventDayOf(event.registration.closes) > event.dates.end) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "event_window_after_end",
          "Registrations close by the event's last day",
          event.registration.closes,
        ),
        path: ["registration", "closes"],
      });
    }
    if (feeNeedsDeclaredValue(event.fee)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "event_fee_declared_value",
          "An event's fee does not depend on a declared value",
          event.fee.kind,
        ),
        path: ["fee", "kind"],
      });
    }
    if (!isInstantOrdered(event.createdAt, event.updatedAt)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "An event cannot be updated before it is created",
          event.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  });
/** The type of `Event`, named so that declarations refer to it rather than restate it. */
export interface EventSchema extends Named<typeof eventSchema> {}
/**
 * An event of the chamber (the Euro-Mediterranean tourism forum): its days, venue, sessions,
 * seats, registration window, fee rule and audience. Sessions belong to the chamber in the
 * event's id and take place on the event's days, as their instants are written (see `eventDayOf`).
 */
export const Event: EventSchema = eventSchema;
export type Event = z.infer<typeof Event>;

/** Whether a session starts and ends on the event's days (`eventDayOf`). */
export function isSessionWithin(session: Pick<EventSession, "start" | "end">, dates: EventDates): boolean {
  return eventDayOf(session.start) >= dates.start && eventDayOf(session.end) <= dates.end;
}
