import {
  moroccanHolidays,
  requestsByStatus,
  type ServiceRequest,
  serviceLevelByMonth,
} from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import type { RouteExample } from "../route-types";
import type { Routes } from "../routes";
import type { serviceRoutes } from "../routes/services";
import { pageOf } from "./fixtures";

// Examples of the services platform's routes (issue 13), from the Souss-Massa fixtures.

type ServiceRouteKey = keyof typeof serviceRoutes;

/** The time of an example write on the platform: after every services fixture. */
const LATER = "2026-04-01T10:30:00.000Z";

function pick<T>(items: readonly T[], test: (item: T) => boolean, what: string): T {
  const found = items.find(test);
  if (found === undefined) throw new Error(`No ${what} in the fixtures`);
  return found;
}

export function serviceExamples(): { [K in ServiceRouteKey]: RouteExample<Routes[K]> } {
  const inAgadir = { chamberId: "ma-09" } as const;
  const { services, serviceRequests } = soussMassa;
  const certificate = pick(services, (s) => s.documentSeries === "CO", "certificate of origin");
  const approved = pick(
    serviceRequests,
    (r) => r.serviceId === certificate.id && r.status === "approved",
    "approved certificate request",
  );
  const submitted = pick(serviceRequests, (r) => r.status === "submitted", "submitted request");
  const { id: _i, chamberId: _c, createdAt: _ca, updatedAt: _u, ...serviceBody } = certificate;
  const delivered: ServiceRequest = {
    ...approved,
    status: "delivered",
    deliveredOn: "2026-04-01",
    documentNumber: "CO-2026-000007",
    updatedAt: LATER,
  };
  const year = moroccanHolidays(2026, 2026);
  const announced = "2026-05-27";
  return {
    "services.list": {
      params: inAgadir,
      query: { category: "formalities_certificates" },
      response: pageOf(
        services.filter((s) => s.category === "formalities_certificates" && s.active),
        50,
      ),
    },
    "services.get": { params: { ...inAgadir, serviceId: certificate.id }, response: certificate },
    "services.create": { params: inAgadir, body: serviceBody, response: certificate },
    "services.update": {
      params: { ...inAgadir, serviceId: certificate.id },
      body: { serviceLevelDays: 1 },
      response: { ...certificate, serviceLevelDays: 1, updatedAt: LATER },
    },
    "serviceRequests.list": {
      params: inAgadir,
      query: { status: "submitted" },
      response: pageOf(
        serviceRequests.filter((r) => r.status === "submitted"),
        50,
      ),
    },
    "serviceRequests.get": { params: { ...inAgadir, requestId: approved.id }, response: approved },
    "serviceRequests.create": {
      params: inAgadir,
      body: {
        serviceId: submitted.serviceId,
        memberId: submitted.memberId,
        declaredValue: submitted.declaredValue,
        documents: submitted.documents,
      },
      response: submitted,
    },
    "serviceRequests.update": {
      params: { ...inAgadir, requestId: submitted.id },
      body: { assignedTo: "Hassan Ait Ouahmane" },
      response: { ...submitted, assignedTo: "Hassan Ait Ouahmane", updatedAt: LATER },
    },
    "serviceRequests.setStatus": {
      params: { ...inAgadir, requestId: approved.id },
      body: { status: "delivered" },
      response: delivered,
    },
    "holidays.get": {
      params: inAgadir,
      query: { year: "2026" },
      response: { chamberId: "ma-09", year: "2026", holidays: [...year.holidays] },
    },
    "holidays.announce": {
      params: inAgadir,
      body: { date: announced, code: "eid_al_adha" },
      response: { chamberId: "ma-09", date: announced, code: "eid_al_adha", announcedAt: LATER },
    },
    "reports.serviceRequests": {
      params: inAgadir,
      query: { from: "2026-01-01", to: "2026-03-31" },
      response: requestsByStatus(serviceRequests),
    },
    "reports.serviceLevel": {
      params: inAgadir,
      query: { from: "2026-01", to: "2026-03" },
      response: serviceLevelByMonth(serviceRequests, "2026-01", "2026-03"),
    },
  };
}
