import type { Named } from "@ghorfa/schemas";
import { Consent, Event, IsoDate, ParticipantPerson, Registration } from "@ghorfa/schemas";
import * as z from "zod";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";

const fields = fieldsOf(Event);
const assigned = { id: true, status: true, createdAt: true, updatedAt: true } as const;

const eventCreateSchema = fields.omit(assigned);
/** The type of `EventCreate`, named so that declarations refer to it rather than restate it. */
export interface EventCreateSchema extends Named<typeof eventCreateSchema> {}
/**
 * A new event of the chamber of the path; it starts as a `draft`. Session ids are made by the
 * caller (`newId("eventSession", chamberId)`), so that a programme keeps them on every change.
 */
export const EventCreate: EventCreateSchema = eventCreateSchema;
export type EventCreate = z.infer<typeof EventCreate>;

const eventPatchSchema = patchOf(fields.omit(assigned));
/** The type of `EventPatch`, named so that declarations refer to it rather than restate it. */
export interface EventPatchSchema extends Named<typeof eventPatchSchema> {}
/**
 * A change to an event: each top-level field given replaces the current one (`sessions` whole),
 * and `null` removes the `description`. Seats freed by a larger `capacity` go to the waitlist,
 * oldest first, in the same transaction.
 */
export const EventPatch: EventPatchSchema = eventPatchSchema;
export type EventPatch = z.infer<typeof EventPatch>;

/** A move to another status: publishing announces the event, cancelling calls it off. */
export const EventStatusChange = fields.pick({ status: true });
export type EventStatusChange = z.infer<typeof EventStatusChange>;

const eventListQuerySchema = PageQuery.extend({
  status: fields.shape.status.optional(),
  endsFrom: IsoDate.optional().describe("Events whose last day is on or after this date"),
});
/** The type of `EventListQuery`, named so that declarations refer to it rather than restate it. */
export interface EventListQuerySchema extends Named<typeof eventListQuerySchema> {}
export const EventListQuery: EventListQuerySchema = eventListQuerySchema;
export type EventListQuery = z.infer<typeof EventListQuery>;

const registrationFields = fieldsOf(Registration);

const consentGivenSchema = fieldsOf(Consent).omit({ at: true });
/** The type of `ConsentGiven`, named so that declarations refer to it rather than restate it. */
export interface ConsentGivenSchema extends Named<typeof consentGivenSchema> {}
/** The consent as the participant gives it; the node records the instant it receives it. */
export const ConsentGiven: ConsentGivenSchema = consentGivenSchema;
export type ConsentGiven = z.infer<typeof ConsentGiven>;

const registrationCreateSchema = z.object({
  participant: registrationFields.shape.participant,
  consent: ConsentGiven,
});
/** The type of `RegistrationCreate`, named so that declarations refer to it rather than restate it. */
export interface RegistrationCreateSchema extends Named<typeof registrationCreateSchema> {}
/**
 * A registration the chamber's staff records: a member's staff (at the members' price) or an
 * outside participant. The node places it on a seat or on the waitlist and computes its fee.
 */
export const RegistrationCreate: RegistrationCreateSchema = registrationCreateSchema;
export type RegistrationCreate = z.infer<typeof RegistrationCreate>;

const selfRegistrationSchema = z.object({ person: ParticipantPerson, consent: ConsentGiven });
/** The type of `SelfRegistration`, named so that declarations refer to it rather than restate it. */
export interface SelfRegistrationSchema extends Named<typeof selfRegistrationSchema> {}
/**
 * A person registering themselves, with no key, to a published public event open to anyone: an
 * outside participant, at the price for non-members (a member's staff registers through the chamber).
 */
export const SelfRegistration: SelfRegistrationSchema = selfRegistrationSchema;
export type SelfRegistration = z.infer<typeof SelfRegistration>;

const registrationListQuerySchema = PageQuery.extend({ status: registrationFields.shape.status.optional() });
/** The type of `RegistrationListQuery`, named so that declarations refer to it rather than restate it. */
export interface RegistrationListQuerySchema extends Named<typeof registrationListQuerySchema> {}
export const RegistrationListQuery: RegistrationListQuerySchema = registrationListQuerySchema;
export type RegistrationListQuery = z.infer<typeof RegistrationListQuery>;
