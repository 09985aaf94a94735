import * as z from "zod";
import { isDateOrdered, isInstantOrdered } from "../calendar/date-order";
import { IsoDate, IsoDateTime } from "../calendar/dates";
import { DocumentNumber } from "../documents/document-number";
import { ChamberId } from "../ids/chamber-id";
import { MemberId, ServiceId, ServiceRequestId } from "../ids/ids";
import { areOwnedBy } from "../ids/owned-by";
import { ghorfaIssue, ghorfaRawIssue } from "../issues/issue-codes";
import { jsonSchemaIf, whereKey, withKey } from "../json-schema/json-schema-if";
import { Email, MoroccanPhone } from "../members/contact";
import { BooksMoney } from "../money/money";
import type { Named } from "../named";
import { textBlock, textLine } from "../text/text";
import { ServiceRequestStatus } from "./service-enums";

/** The largest document a request may reference: 1 GB, far above any scan a counter takes. */
export const MAX_DOCUMENT_BYTES = 1_000_000_000;

const requesterSchema = z
  .object({
    name: textLine().max(120),
    email: Email.optional(),
    phone: MoroccanPhone.optional(),
  })
  .refine((person) => person.email !== undefined || person.phone !== undefined, {
    ...ghorfaIssue(
      "service_request_contact",
      "A requester who is not a member gives an e-mail address or a phone number",
    ),
    path: ["email"],
  })
  // The same rule, for JSON Schema (refinements do not reach it by themselves).
  .meta({
    anyOf: [
      { properties: { email: true }, required: ["email"] },
      { properties: { phone: true }, required: ["phone"] },
    ],
  });
/** The type of `Requester`, named so that declarations refer to it rather than restate it. */
export interface RequesterSchema extends Named<typeof requesterSchema> {}
/**
 * A person who asks for a service open to anyone without being a member: only what the chamber
 * needs to answer (a name, and an e-mail address or a phone number).
 */
export const Requester: RequesterSchema = requesterSchema;
export type Requester = z.infer<typeof Requester>;

const documentRefSchema = z.object({
  name: textLine().max(200),
  /** The IANA media type, such as `application/pdf`. */
  mediaType: z
    .string()
    .max(127)
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, {
      message: "Expected a media type such as application/pdf",
    }),
  sizeBytes: z.int().min(0).max(MAX_DOCUMENT_BYTES),
  /** The file's SHA-256 in 64 lowercase hex digits: required, so anyone can check the file they hold. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { message: "Expected a SHA-256 digest in 64 lowercase hex digits" }),
});
/** The type of `DocumentRef`, named so that declarations refer to it rather than restate it. */
export interface DocumentRefSchema extends Named<typeof documentRefSchema> {}
/** A document handed in with a request, by reference: the node keeps its digest, not the file. */
export const DocumentRef: DocumentRefSchema = documentRefSchema;
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Statuses that close a request with a reason given. */
export const REASONED_STATUSES: readonly ServiceRequestStatus[] = ["rejected", "withdrawn"];

const serviceRequestSchema = z
  .object({
    id: ServiceRequestId,
    chamberId: ChamberId,
    serviceId: ServiceId,
    /** The member who asks; absent when a person asks for a service open to anyone. */
    memberId: MemberId.optional(),
    /** The person who asks, when it is not a member. */
    requester: Requester.optional(),
    /** The value the fee is a share of (an invoice's value), when the service's fee needs one. */
    declaredValue: BooksMoney.optional(),
    /** The fee computed at submission, kept as it was: a later change of the service's fee does not touch it. */
    fee: BooksMoney,
    documents: z.array(DocumentRef).max(50),
    /** The staff member in charge (a name or an e-mail address). */
    assignedTo: textLine().max(120).optional(),
    status: ServiceRequestStatus,
    /** Why it was rejected or withdrawn (required then), or what information is missing. */
    reason: textBlock().max(2000).optional(),
    submittedOn: IsoDate,
    /** `submittedOn` plus the service level in Moroccan working days. */
    dueOn: IsoDate,
    deliveredOn: IsoDate.optional(),
    /** The number of the document delivering it issued (`CO-2026-000123`), when the service has a series. */
    documentNumber: DocumentNumber.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .superRefine((request, ctx) => {
    if (!areOwnedBy(request.chamberId, [request.id, request.serviceId, request.memberId])) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "service_request_chamber_mismatch",
          "A request, its service and its member belong to one chamber",
          request.id,
        ),
        path: ["serviceId"],
      });
    }
    if ((request.memberId === undefined) === (request.requester === undefined)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "service_request_requester",
          "A request is made by a member (memberId) or by a person (requester), not both",
          request.memberId,
        ),
        path: ["memberId"],
      });
    }
    if (REASONED_STATUSES.includes(request.status) && request.reason === undefined) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "service_request_reason_required",
          `A ${request.status} request says why`,
          undefined,
        ),
        path: ["reason"],
      });
    }
    if ((request.status === "delivered") !== (request.deliveredOn !== undefined)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "service_request_delivery",
          "A delivered request, and only a delivered one, has a delivery date",
          request.deliveredOn,
        ),
        path: ["deliveredOn"],
      });
    }
    if (!isDateOrdered(request.submittedOn, request.dueOn)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "A request cannot be due before it is submitted",
          request.dueOn,
        ),
        path: ["dueOn"],
      });
    }
    if (request.deliveredOn !== undefined && !isDateOrdered(request.submittedOn, request.deliveredOn)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "A request cannot be delivered before it is submitted",
          request.deliveredOn,
        ),
        path: ["deliveredOn"],
      });
    }
    if (!isInstantOrdered(request.createdAt, request.updatedAt)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "A request cannot be updated before it is created",
          request.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  })
  // The conditional rules, for JSON Schema: a member or a person; a reason to reject or
  // withdraw; a delivery date exactly when delivered.
  .meta({
    allOf: [
      jsonSchemaIf(
        withKey("memberId", "string"),
        { type: "object", not: withKey("requester", "object") },
        withKey("requester", "object"),
      ),
      jsonSchemaIf(whereKey("status", REASONED_STATUSES), withKey("reason", "string")),
      jsonSchemaIf(whereKey("status", "delivered"), withKey("deliveredOn", "string"), {
        type: "object",
        not: withKey("deliveredOn", "string"),
      }),
    ],
  });
/** The type of `ServiceRequest`, named so that declarations refer to it rather than restate it. */
export interface ServiceRequestSchema extends Named<typeof serviceRequestSchema> {}
/**
 * A request for a service of the chamber's catalogue, by a member or (for a service open to
 * anyone) a person: the documents handed in (by digest), the fee frozen at submission, the date it
 * is due by, and its way through `submitted → in_review ⇄ needs_information → approved → delivered`.
 */
export const ServiceRequest: ServiceRequestSchema = serviceRequestSchema;
export type ServiceRequest = z.infer<typeof ServiceRequest>;
