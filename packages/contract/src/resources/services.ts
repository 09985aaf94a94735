import type { Named } from "@ghorfa/schemas";
import {
  HolidayAnnouncement,
  HolidayYear,
  IsoDate,
  Service,
  ServiceLevelReport,
  ServiceRequest,
} from "@ghorfa/schemas";
import * as z from "zod";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";

// The proximity services platform (issue 13): the catalogue, requests, the holiday calendar their
// due dates count on, and two reports.

const serviceFields = fieldsOf(Service);
const serviceAssigned = { id: true, chamberId: true, createdAt: true, updatedAt: true } as const;

const serviceCreateSchema = serviceFields.omit(serviceAssigned);
/** The type of `ServiceCreate`, named so that declarations refer to it rather than restate it. */
export interface ServiceCreateSchema extends Named<typeof serviceCreateSchema> {}
/** A new entry of the chamber's catalogue: the node assigns the id and the chamber (from the path). */
export const ServiceCreate: ServiceCreateSchema = serviceCreateSchema;
export type ServiceCreate = z.infer<typeof ServiceCreate>;

const servicePatchSchema = patchOf(serviceFields.omit(serviceAssigned));
/** The type of `ServicePatch`, named so that declarations refer to it rather than restate it. */
export interface ServicePatchSchema extends Named<typeof servicePatchSchema> {}
/**
 * A change to a service: each field given replaces the current one. A new fee applies to requests
 * submitted after it; the requests already made keep the fee they were given.
 */
export const ServicePatch: ServicePatchSchema = servicePatchSchema;
export type ServicePatch = z.infer<typeof ServicePatch>;

const serviceListQuerySchema = PageQuery.extend({
  category: serviceFields.shape.category.optional(),
  audience: serviceFields.shape.audience.optional(),
  channel: serviceFields.shape.channel.optional(),
});
/** The type of `ServiceListQuery`, named so that declarations refer to it rather than restate it. */
export interface ServiceListQuerySchema extends Named<typeof serviceListQuerySchema> {}
export const ServiceListQuery: ServiceListQuerySchema = serviceListQuerySchema;
export type ServiceListQuery = z.infer<typeof ServiceListQuery>;

const requestFields = fieldsOf(ServiceRequest);

const serviceRequestCreateSchema = requestFields.pick({
  serviceId: true,
  memberId: true,
  requester: true,
  declaredValue: true,
  documents: true,
  assignedTo: true,
});
/** The type of `ServiceRequestCreate`, named so that declarations refer to it rather than restate it. */
export interface ServiceRequestCreateSchema extends Named<typeof serviceRequestCreateSchema> {}
/**
 * A new request, `submitted` today (Africa/Casablanca): the node computes its fee from the
 * service's fee rule (and `declaredValue` when the rule is a per mille) and freezes it, and its
 * due date from the service level in working days.
 */
export const ServiceRequestCreate: ServiceRequestCreateSchema = serviceRequestCreateSchema;
export type ServiceRequestCreate = z.infer<typeof ServiceRequestCreate>;

const serviceRequestPatchSchema = patchOf(requestFields.pick({ assignedTo: true, documents: true }));
/** The type of `ServiceRequestPatch`, named so that declarations refer to it rather than restate it. */
export interface ServiceRequestPatchSchema extends Named<typeof serviceRequestPatchSchema> {}
/** Who handles a request, and the documents handed in (more may come when information is asked for). */
export const ServiceRequestPatch: ServiceRequestPatchSchema = serviceRequestPatchSchema;
export type ServiceRequestPatch = z.infer<typeof ServiceRequestPatch>;

const serviceRequestStatusChangeSchema = requestFields.pick({ status: true, reason: true });
/** The type of `ServiceRequestStatusChange`, named so that declarations refer to it rather than restate it. */
export interface ServiceRequestStatusChangeSchema extends Named<typeof serviceRequestStatusChangeSchema> {}
/**
 * A move to another status; `reason` is required to reject or withdraw, and says what is missing
 * when asking for information. Delivering a request of a service with a document series gives
 * it the series' next number for the year of delivery.
 */
export const ServiceRequestStatusChange: ServiceRequestStatusChangeSchema = serviceRequestStatusChangeSchema;
export type ServiceRequestStatusChange = z.infer<typeof ServiceRequestStatusChange>;

const serviceRequestListQuerySchema = PageQuery.extend({
  status: requestFields.shape.status.optional(),
  serviceId: requestFields.shape.serviceId.optional(),
  memberId: requestFields.shape.memberId,
});
/** The type of `ServiceRequestListQuery`, named so that declarations refer to it rather than restate it. */
export interface ServiceRequestListQuerySchema extends Named<typeof serviceRequestListQuerySchema> {}
export const ServiceRequestListQuery: ServiceRequestListQuerySchema = serviceRequestListQuerySchema;
export type ServiceRequestListQuery = z.infer<typeof ServiceRequestListQuery>;

/** The year of a holiday calendar. */
export const HolidayYearQuery = z.object({ year: HolidayYear.shape.year });
export type HolidayYearQuery = z.infer<typeof HolidayYearQuery>;

const holidayAnnounceSchema = fieldsOf(HolidayAnnouncement).pick({ date: true, code: true, names: true });
/** The type of `HolidayAnnounce`, named so that declarations refer to it rather than restate it. */
export interface HolidayAnnounceSchema extends Named<typeof holidayAnnounceSchema> {}
/**
 * A holiday date as it was announced: an Islamic holiday's first day (`eid_al_adha`…), which
 * replaces the computed date nearest to it, or an exceptional day off (`exceptional`, named). A
 * second announcement of the same day replaces the first.
 */
export const HolidayAnnounce: HolidayAnnounceSchema = holidayAnnounceSchema;
export type HolidayAnnounce = z.infer<typeof HolidayAnnounce>;

/** Requests submitted from `from` to `to` (inclusive, both optional). */
export const RequestsByStatusQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export type RequestsByStatusQuery = z.infer<typeof RequestsByStatusQuery>;

/** The months of a service-level report, by month of delivery. */
export const ServiceLevelQuery = z.object({
  from: ServiceLevelReport.shape.from,
  to: ServiceLevelReport.shape.to,
});
export type ServiceLevelQuery = z.infer<typeof ServiceLevelQuery>;
