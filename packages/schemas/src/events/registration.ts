import * as z from "zod";
import { isInstantOrdered } from "../calendar/date-order";
import { IsoDateTime } from "../calendar/dates";
import { EventId, MemberId, RegistrationId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { ghorfaIssue, ghorfaRawIssue } from "../issues/issue-codes";
import { Email } from "../members/contact";
import { BooksMoney } from "../money/money";
import type { Named } from "../named";
import { textLine } from "../text/text";
import { ParticipantKind, RegistrationStatus } from "./event-enums";

// A registration keeps what the event needs of a person and no more (loi 09-08 on personal data):
// a name to print on a badge, an e-mail to write to, and optionally a phone and an organisation.

/** A phone number in E.164 (`+212661234567`, `+34956123456`): participants come from abroad too. */
export const ParticipantPhone = z
  .string()
  .regex(/^\+[1-9][0-9]{6,14}$/, { message: "Expected a phone number in E.164, such as +212661234567" });
export type ParticipantPhone = z.infer<typeof ParticipantPhone>;

/** The personal data a registration keeps. */
export const ParticipantPerson = z.object({
  name: textLine().max(200),
  email: Email,
  phone: ParticipantPhone.optional(),
  organisation: textLine().max(200).optional(),
});
export type ParticipantPerson = z.infer<typeof ParticipantPerson>;

const memberStaffSchema = z.object({
  kind: z.literal(ParticipantKind.enum.member_staff),
  /** The member enterprise the person comes for: members pay the members' price. */
  memberId: MemberId,
  person: ParticipantPerson,
});
const outsideSchema = z.object({ kind: z.literal(ParticipantKind.enum.outside), person: ParticipantPerson });
const participantSchema = z.discriminatedUnion("kind", [memberStaffSchema, outsideSchema]);
/** The type of `Participant`, named so that declarations refer to it rather than restate it. */
export interface ParticipantSchema extends Named<typeof participantSchema> {}
/** Who registers: someone of a member enterprise of the chamber (`memberId`), or anyone else. */
export const Participant: ParticipantSchema = participantSchema;
export type Participant = z.infer<typeof Participant>;

const consentSchema = z.object({
  /** The participant agreed to the processing of their data; a registration without it is refused. */
  given: z
    .boolean()
    .refine(
      (given) => given,
      ghorfaIssue("registration_consent_required", "A registration records the participant's consent"),
    ),
  /** The version of the consent text the participant was shown, such as "2026-01". */
  textVersion: textLine().max(32),
  /** When the participant gave it. */
  at: IsoDateTime,
});
/** The type of `Consent`, named so that declarations refer to it rather than restate it. */
export interface ConsentSchema extends Named<typeof consentSchema> {}
/** The participant's consent to the processing of their data: given, to which text, and when. */
export const Consent: ConsentSchema = consentSchema;
export type Consent = z.infer<typeof Consent>;

const registrationSchema = z
  .object({
    id: RegistrationId,
    eventId: EventId,
    participant: Participant,
    consent: Consent,
    status: RegistrationStatus,
    /** What the participant owes, computed from the event's fee rule when they registered, then kept. */
    fee: BooksMoney,
    /** When the participant was checked in at the venue; only an attended registration has it. */
    checkedInAt: IsoDateTime.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((registration, ctx) => {
    const chamber = chamberOfId(registration.eventId);
    if (chamberOfId(registration.id) !== chamber) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "registration_chamber_mismatch",
          `A registration's id belongs to the event's chamber, ${chamber}`,
          registration.id,
        ),
        path: ["id"],
      });
    }
    const { participant } = registration;
    if (participant.kind === "member_staff" && chamberOfId(participant.memberId) !== chamber) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "registration_chamber_mismatch",
          `A member participant comes for a member of the event's chamber, ${chamber}`,
          participant.memberId,
        ),
        path: ["participant", "memberId"],
      });
    }
    if ((registration.status === "attended") !== (registration.checkedInAt !== undefined)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "registration_check_in_time",
          "An attended registration, and only one, says when it was checked in",
          registration.checkedInAt,
        ),
        path: ["checkedInAt"],
      });
    }
    if (!isInstantOrdered(registration.createdAt, registration.updatedAt)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "A registration cannot be updated before it is created",
          registration.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  });
/** The type of `Registration`, named so that declarations refer to it rather than restate it. */
export interface RegistrationSchema extends Named<typeof registrationSchema> {}
/**
 * A person's registration to an event: who, their consent, where they stand (a seat, the waitlist,
 * cancelled, came) and the fee, frozen when they registered.
 */
export const Registration: RegistrationSchema = registrationSchema;
export type Registration = z.infer<typeof Registration>;
