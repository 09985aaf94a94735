import * as z from "zod";
import { IsoDateTime } from "../calendar/dates";
import { DocumentSeries } from "../documents/document-number";
import { FeeRule } from "../fees/fee-rule";
import { ChamberId } from "../ids/chamber-id";
import { ServiceId } from "../ids/ids";
import { areOwnedBy } from "../ids/owned-by";
import { ghorfaIssue } from "../issues/issue-codes";
import type { Named } from "../named";
import { LocalizedParagraphs, LocalizedText } from "../text/localized-text";
import { ServiceAudience, ServiceCategory, ServiceChannel } from "./service-enums";

/** The most working days a service level may promise: a year of them is more than any service needs. */
export const MAX_SERVICE_LEVEL_DAYS = 250;

const serviceSchema = z
  .object({
    id: ServiceId,
    chamberId: ChamberId,
    /** The chamber's own short code for the service, such as `CERT-ORIGIN`. */
    code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, {
      message: "Expected a code of 2 to 32 capitals, digits or dashes",
    }),
    names: LocalizedText,
    description: LocalizedParagraphs.optional(),
    category: ServiceCategory,
    audience: ServiceAudience,
    /** What the requester must hand in, each named in the chamber's languages. */
    requiredDocuments: z.array(LocalizedText).max(30),
    fee: FeeRule,
    /** How many working days (Morocco: no weekend, no public holiday) the chamber takes to deliver. */
    serviceLevelDays: z.int().min(1).max(MAX_SERVICE_LEVEL_DAYS),
    channel: ServiceChannel,
    /** Whether the service is offered now; an inactive one stays for the requests made of it. */
    active: z.boolean(),
    /** The series of the numbered document delivering issues (`CO`), when it issues one. */
    documentSeries: DocumentSeries.optional(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .refine((service) => areOwnedBy(service.chamberId, [service.id]), {
    ...ghorfaIssue("service_chamber_mismatch", "A service's id names the chamber that offers it"),
    path: ["id"],
  });
/** The type of `Service`, named so that declarations refer to it rather than restate it. */
export interface ServiceSchema extends Named<typeof serviceSchema> {}
/**
 * An entry of a chamber's service catalogue (a certificate of origin, an attestation,
 * domiciliation, a training…): who may ask for it, what to hand in, what it costs (`fee`, as data),
 * how many working days it takes, and the document series it numbers when it issues one.
 */
export const Service: ServiceSchema = serviceSchema;
export type Service = z.infer<typeof Service>;
