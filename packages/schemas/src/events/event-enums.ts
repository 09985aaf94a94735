import * as z from "zod";

// Wire values of events and registrations: lowercase snake_case, never renamed once released.

/** Where an event is in its life: prepared, announced, called off or held. */
export const EventStatus = z.enum(["draft", "published", "cancelled", "completed"]);
export type EventStatus = z.infer<typeof EventStatus>;

/** Who may register: the staff of the chamber's members only, or anyone. */
export const EventAudience = z.enum(["members_only", "anyone"]);
export type EventAudience = z.infer<typeof EventAudience>;

/** A registration holds a seat (`confirmed`), waits for one, was cancelled, or came (`attended`). */
export const RegistrationStatus = z.enum(["confirmed", "waitlisted", "cancelled", "attended"]);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** Who registers: someone of a member enterprise of the chamber, or an outside participant. */
export const ParticipantKind = z.enum(["member_staff", "outside"]);
export type ParticipantKind = z.infer<typeof ParticipantKind>;
