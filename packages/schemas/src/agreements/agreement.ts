import * as z from "zod";
import { isDateOrdered, isInstantOrdered } from "../calendar/date-order";
import { IsoDate, IsoDateTime } from "../calendar/dates";
import { CountryCode } from "../chambers/country";
import {
  AgreementDomain,
  AgreementKind,
  AgreementStatus,
  CommitmentStatus,
  PartyKind,
  PartyRole,
} from "../enums";
import { ChamberId } from "../ids/chamber-id";
import { AgreementId, CommitmentId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { ghorfaIssue, ghorfaRawIssue } from "../issues/issue-codes";
import { jsonSchemaIf, whereKey, withKey } from "../json-schema/json-schema-if";
import { WebUrl } from "../members/contact";
import type { Named } from "../named";
import { LocalizedParagraphs, LocalizedText } from "../text/localized-text";
import { textLine } from "../text/text";

const agreementPartySchema = z
  .object({
    kind: PartyKind,
    role: PartyRole,
    chamberId: ChamberId.optional(),
    name: LocalizedText,
    country: CountryCode,
  })
  .superRefine((party, ctx) => {
    const isFederationChamber = party.kind === "federation_chamber";
    if (isFederationChamber !== (party.chamberId !== undefined)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "agreement_party_chamber",
          isFederationChamber
            ? "A federation chamber party is named by its chamberId"
            : "Only a federation chamber party has a chamberId",
          party.chamberId,
        ),
        path: ["chamberId"],
      });
    }
    if ((isFederationChamber || party.kind === "federation") && party.country !== "MA") {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "agreement_party_country",
          "Federation chambers and the federation are in Morocco",
          party.country,
        ),
        path: ["country"],
      });
    }
  })
  // The same two rules, for JSON Schema (refinements do not reach it by themselves).
  .meta({
    allOf: [
      jsonSchemaIf(whereKey("kind", "federation_chamber"), withKey("chamberId", "string"), {
        type: "object",
        not: withKey("chamberId", "string"),
      }),
      jsonSchemaIf(whereKey("kind", ["federation_chamber", "federation"]), {
        type: "object",
        properties: { country: { const: "MA" } },
      }),
    ],
  });
/** The type of `AgreementParty`, named so that declarations refer to it rather than restate it. */
export interface AgreementPartySchema extends Named<typeof agreementPartySchema> {}
/**
 * A party to an agreement. Federation chambers are named by `chamberId` (and only they are);
 * foreign chambers, ministries, councils, communes, institutions and enterprises by name and country.
 */
export const AgreementParty: AgreementPartySchema = agreementPartySchema;
export type AgreementParty = z.infer<typeof AgreementParty>;

export const AgreementSignature = z.object({ place: LocalizedText, date: IsoDate });
export type AgreementSignature = z.infer<typeof AgreementSignature>;

/** When the agreement runs; no `end` for an agreement of indefinite duration. */
export const AgreementPeriod = z
  .object({ start: IsoDate, end: IsoDate.optional() })
  .refine((period) => isDateOrdered(period.start, period.end), {
    ...ghorfaIssue("date_range_order", "An agreement cannot end before it starts"),
    path: ["end"],
  });
export type AgreementPeriod = z.infer<typeof AgreementPeriod>;

const commitmentSchema = z.object({
  id: CommitmentId,
  description: LocalizedParagraphs,
  owner: z.int().nonnegative(),
  due: IsoDate,
  status: CommitmentStatus,
});
/** The type of `Commitment`, named so that declarations refer to it rather than restate it. */
export interface CommitmentSchema extends Named<typeof commitmentSchema> {}
/** What a party undertook, by when; `owner` is the index of that party in `parties`. */
export const Commitment: CommitmentSchema = commitmentSchema;
export type Commitment = z.infer<typeof Commitment>;

/** A document of the agreement; `sha256` (lowercase hex) lets any node check the file it fetched. */
export const AgreementDocument = z.object({
  title: LocalizedText,
  url: WebUrl,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { message: "Expected a SHA-256 digest in 64 lowercase hex digits" }),
});
export type AgreementDocument = z.infer<typeof AgreementDocument>;

// Statuses an agreement only reaches by being signed.
const SIGNED = ["signed", "in_force", "expired", "terminated"] as const;
const SIGNED_STATUSES: ReadonlySet<string> = new Set(SIGNED);

const agreementSchema = z
  .object({
    id: AgreementId,
    /** The recording chamber's own reference, such as "CCIS-SM/2026/014". */
    reference: textLine().max(64),
    kind: AgreementKind,
    title: LocalizedText,
    summary: LocalizedParagraphs.optional(),
    parties: z.array(AgreementParty).min(2),
    signature: AgreementSignature.optional(),
    period: AgreementPeriod,
    domains: z.array(AgreementDomain).min(1),
    commitments: z.array(Commitment),
    documents: z.array(AgreementDocument),
    /** Published agreements are public; the others are seen by their parties only. */
    published: z.boolean(),
    status: AgreementStatus,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((agreement, ctx) => {
    const recorder = chamberOfId(agreement.id);
    if (!agreement.parties.some((p) => p.kind === "federation_chamber" && p.chamberId === recorder)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "agreement_recorder_not_party",
          `The recording chamber ${recorder} is a party`,
          recorder,
        ),
        path: ["parties"],
      });
    }
    agreement.commitments.forEach((commitment, i) => {
      if (chamberOfId(commitment.id) !== recorder) {
        ctx.addIssue({
          ...ghorfaRawIssue(
            "agreement_chamber_mismatch",
            `A commitment's id belongs to ${recorder}`,
            commitment.id,
          ),
          path: ["commitments", i, "id"],
        });
      }
      if (commitment.owner >= agreement.parties.length) {
        ctx.addIssue({
          ...ghorfaRawIssue(
            "agreement_commitment_owner",
            "A commitment's owner is one of the parties",
            commitment.owner,
          ),
          path: ["commitments", i, "owner"],
        });
      }
    });
    if (SIGNED_STATUSES.has(agreement.status) && agreement.signature === undefined) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "agreement_signature_required",
          `A ${agreement.status} agreement says where and when it was signed`,
          undefined,
        ),
        path: ["signature"],
      });
    }
    if (!isInstantOrdered(agreement.createdAt, agreement.updatedAt)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "An agreement cannot be updated before it is created",
          agreement.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  })
  .meta(jsonSchemaIf(whereKey("status", SIGNED), withKey("signature", "object")));
/** The type of `Agreement`, named so that declarations refer to it rather than restate it. */
export interface AgreementSchema extends Named<typeof agreementSchema> {}
/**
 * A convention, MoU, framework agreement, twinning or partnership. The chamber in its id is the
 * one that recorded it, and must be a party. An agreement between two federation chambers is one
 * record, served by both of their nodes: the same id, merged into one copy (see `compareCopies`).
 */
export const Agreement: AgreementSchema = agreementSchema;
export type Agreement = z.infer<typeof Agreement>;
