import {
  HolidayAnnouncement,
  HolidayYear,
  RequestsByStatus,
  Service,
  ServiceId,
  ServiceLevelReport,
  ServiceRequest,
  ServiceRequestId,
} from "@ghorfa/schemas";
import { Page } from "../pagination";
import {
  HolidayAnnounce,
  HolidayYearQuery,
  RequestsByStatusQuery,
  ServiceCreate,
  ServiceLevelQuery,
  ServiceListQuery,
  ServicePatch,
  ServiceRequestCreate,
  ServiceRequestListQuery,
  ServiceRequestPatch,
  ServiceRequestStatusChange,
} from "../resources/services";
import { route } from "../route";
import { lifecycleNote } from "./lifecycle";
import { InChamber } from "./params";

const ServicePath = InChamber.extend({ serviceId: ServiceId });
const ServiceRequestPath = InChamber.extend({ requestId: ServiceRequestId });

// The catalogue is public: anyone sees the services on offer, without a key; a key of the
// chamber with services:read also sees those no longer offered.
const catalogue = {
  kind: "public-view",
  scope: "services:read",
  publicSchema: Service,
  publicRows: { field: "active", in: [true] },
} as const;
const read = { kind: "scoped", scope: "services:read" } as const;
const write = { kind: "scoped", scope: "services:write" } as const;

export const serviceRoutes = {
  "services.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/services",
    summary: "List the service catalogue",
    description:
      "Without a key (or with another chamber's): the services on offer (`active`), the public catalogue.",
    tag: "services",
    params: InChamber,
    query: ServiceListQuery,
    access: catalogue,
    paginated: true,
    responses: { 200: Page(Service) },
  }),
  "services.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/services/{serviceId}",
    summary: "Get a service",
    tag: "services",
    params: ServicePath,
    access: catalogue,
    etag: true,
    responses: { 200: Service },
  }),
  "services.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/services",
    summary: "Add a service to the catalogue",
    tag: "services",
    params: InChamber,
    body: ServiceCreate,
    access: write,
    etag: true,
    responses: { 201: Service },
  }),
  "services.update": route({
    method: "PATCH",
    path: "/chambers/{chamberId}/services/{serviceId}",
    summary: "Change a service",
    description: "A new fee applies to requests submitted after it; requests already made keep theirs.",
    tag: "services",
    params: ServicePath,
    body: ServicePatch,
    access: write,
    etag: true,
    ifMatch: "required",
    responses: { 200: Service },
  }),
  "serviceRequests.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/service-requests",
    summary: "List service requests",
    tag: "services",
    params: InChamber,
    query: ServiceRequestListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(ServiceRequest) },
  }),
  "serviceRequests.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/service-requests/{requestId}",
    summary: "Get a service request",
    tag: "services",
    params: ServiceRequestPath,
    access: read,
    etag: true,
    responses: { 200: ServiceRequest },
  }),
  "serviceRequests.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/service-requests",
    summary: "Submit a service request",
    description:
      "For a member (`memberId`) or, for a service open to anyone, a person (`requester`). The fee is computed now and kept; the due date is the service level in Moroccan working days. A members-only service without a member, a per-mille fee without `declaredValue`, or a service no longer offered is refused (400, with the issue of the field at fault).",
    tag: "services",
    params: InChamber,
    body: ServiceRequestCreate,
    access: write,
    etag: true,
    responses: { 201: ServiceRequest },
  }),
  "serviceRequests.update": route({
    method: "PATCH",
    path: "/chambers/{chamberId}/service-requests/{requestId}",
    summary: "Assign a service request or add documents",
    tag: "services",
    params: ServiceRequestPath,
    body: ServiceRequestPatch,
    access: write,
    etag: true,
    ifMatch: "required",
    responses: { 200: ServiceRequest },
  }),
  "serviceRequests.setStatus": route({
    method: "POST",
    path: "/chambers/{chamberId}/service-requests/{requestId}/status",
    summary: "Change a service request's status",
    description: `${lifecycleNote("serviceRequest")} Rejecting or withdrawing needs a \`reason\`. Delivering a request of a service with a document series numbers its document (\`CO-2026-000123\`).`,
    tag: "services",
    params: ServiceRequestPath,
    body: ServiceRequestStatusChange,
    access: write,
    etag: true,
    ifMatch: "optional",
    responses: { 200: ServiceRequest },
    problems: ["invalid-transition"],
  }),
  "holidays.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/holidays",
    summary: "The chamber's public holidays of a year",
    description:
      "Fixed holidays, Islamic holidays at their official dates where known, else computed (`approximate`), and the dates the chamber entered as announced. Public.",
    tag: "services",
    params: InChamber,
    query: HolidayYearQuery,
    access: { kind: "public" },
    responses: { 200: HolidayYear },
  }),
  "holidays.announce": route({
    method: "POST",
    path: "/chambers/{chamberId}/holidays",
    summary: "Enter an announced holiday date",
    description:
      "An Islamic holiday's first day as the Ministry of Habous announced it (it replaces the computed date nearest to it), or an exceptional day off. A second announcement on the same date replaces the first. Due dates of requests already submitted do not move.",
    tag: "services",
    params: InChamber,
    body: HolidayAnnounce,
    access: write,
    etag: true,
    responses: { 200: HolidayAnnouncement },
  }),
  "reports.serviceRequests": route({
    method: "GET",
    path: "/chambers/{chamberId}/reports/service-requests",
    summary: "Service requests by service and status",
    tag: "reports",
    params: InChamber,
    query: RequestsByStatusQuery,
    access: read,
    responses: { 200: RequestsByStatus },
  }),
  "reports.serviceLevel": route({
    method: "GET",
    path: "/chambers/{chamberId}/reports/service-level",
    summary: "Service-level compliance by month",
    description:
      "The share of requests delivered by their due date, by month of delivery; at most 36 months.",
    tag: "reports",
    params: InChamber,
    query: ServiceLevelQuery,
    access: read,
    responses: { 200: ServiceLevelReport },
  }),
};
