import { computeFee } from "../fees/fee-rule";
import type { BooksMoney } from "../money/money";
import type { Event } from "./event";
import type { RegistrationStatus } from "./event-enums";
import type { Participant, Registration } from "./registration";

// The rules of registering, as pure functions: the node applies them inside the transaction that
// holds the event's row, so that two registrations never both take the last seat.

/** Why an event takes no registration now, or `undefined` when it takes them. */
export type RegistrationRefusal = "not_published" | "not_open_yet" | "closed";

/** Whether `event` takes a registration at `now`: published, and within its window. */
export function registrationRefusal(
  event: Pick<Event, "status" | "registration">,
  now: Date,
): RegistrationRefusal | undefined {
  if (event.status !== "published") return "not_published";
  const time = now.getTime();
  if (time < Date.parse(event.registration.opens)) return "not_open_yet";
  if (time > Date.parse(event.registration.closes)) return "closed";
  return undefined;
}

/** Whether `participant` may register to `event`: a members-only event takes members' staff only. */
export function isAudienceOf(
  event: Pick<Event, "audience">,
  participant: Pick<Participant, "kind">,
): boolean {
  return event.audience === "anyone" || participant.kind === "member_staff";
}

/** The statuses that hold a seat: a participant who came keeps the seat they had. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ["confirmed", "attended"];

/** Where a new registration goes when `taken` of the event's `capacity` seats are held. */
export function placeRegistration(capacity: number, taken: number): "confirmed" | "waitlisted" {
  return taken < capacity ? "confirmed" : "waitlisted";
}

/** How many waitlisted registrations get a seat when `taken` of `capacity` are held. */
export function seatsToPromote(capacity: number, taken: number, waiting: number): number {
  return Math.max(0, Math.min(waiting, capacity - taken));
}

/** The fee a participant pays for `event`: the members' price for a member's staff. */
export function registrationFee(event: Pick<Event, "fee">, participant: Participant): BooksMoney {
  return computeFee(event.fee, { member: participant.kind === "member_staff" });
}

/**
 * The form of an e-mail address under which one person registers once per event: the address
 * in lowercase, as mail providers treat it (the local part is case-sensitive only in theory).
 */
export function registrationEmailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Why a registration cannot be checked in, or `undefined` when it can (it holds a seat). */
export function checkInRefusal(
  registration: Pick<Registration, "status">,
): "already_checked_in" | "not_confirmed" | undefined {
  if (registration.status === "attended") return "already_checked_in";
  return registration.status === "confirmed" ? undefined : "not_confirmed";
}
