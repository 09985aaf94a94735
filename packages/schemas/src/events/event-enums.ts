import * as z from "zod";
import { EVENT_AUDIENCES, EVENT_STATUSES, PARTICIPANT_KINDS, REGISTRATION_STATUSES } from "../enum-values";

// Wire values of events and registrations: lowercase snake_case, never renamed once released.

/** Where an event is in its life: prepared, announced, called off or held. */
export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

/** Who may register: the staff of the chamber's members only, or anyone. */
export const EventAudience = z.enum(EVENT_AUDIENCES);
export type EventAudience = z.infer<typeof EventAudience>;

/** A registration holds a seat (`confirmed`), waits for one, was cancelled, or came (`attended`). */
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** Who registers: someone of a member enterprise of the chamber, or an outside participant. */
export const ParticipantKind = z.enum(PARTICIPANT_KINDS);
export type ParticipantKind = z.infer<typeof ParticipantKind>;
