import * as domain from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import { routeList, routes } from "./index";

const ROUTE_KEYS = [
  "node.info",
  "chambers.list",
  "chambers.get",
  "members.list",
  "members.get",
  "members.create",
  "members.update",
  "members.setStatus",
  "units.list",
  "units.get",
  "units.create",
  "leases.list",
  "leases.get",
  "leases.create",
  "leases.update",
  "leases.setStatus",
  "leases.payments.list",
  "leases.payments.create",
  "receipts.get",
  "reports.rentRoll",
  "reports.arrears",
  "reports.overview",
  "agreements.list",
  "agreements.get",
  "agreements.create",
  "agreements.update",
  "agreements.setStatus",
  "admin.keys.create",
  "admin.keys.list",
  "admin.keys.revoke",
  // labels (issue 13)
  "labels.schemes.list",
  "labels.schemes.get",
  "labels.schemes.create",
  "labels.applications.list",
  "labels.applications.get",
  "labels.applications.create",
  "labels.audits.create",
  "labels.decisions.create",
  "labels.verify",
  // events (issue 13)
  "events.list",
  "events.upcoming",
  "events.get",
  "events.create",
  "events.update",
  "events.setStatus",
  "registrations.list",
  "registrations.get",
  "registrations.create",
  "registrations.selfRegister",
  "registrations.cancel",
  "registrations.checkIn",
  // services platform (issue 13)
  "services.list",
  "services.get",
  "services.create",
  "services.update",
  "serviceRequests.list",
  "serviceRequests.get",
  "serviceRequests.create",
  "serviceRequests.update",
  "serviceRequests.setStatus",
  "holidays.get",
  "holidays.announce",
  "reports.serviceRequests",
  "reports.serviceLevel",
  // sign-in (issue 15)
  "auth.signIn",
  "auth.session",
  "auth.signOut",
  "auth.signOutEverywhere",
  "auth.requestPasswordReset",
  "auth.resetPassword",
];

// The method and path of every route, as the issue lists them.
const ISSUE_ROUTES = `
GET /.well-known/ghorfa
GET /chambers
GET /chambers/{chamberId}
GET /chambers/{chamberId}/members
POST /chambers/{chamberId}/members
GET /chambers/{chamberId}/members/{memberId}
PATCH /chambers/{chamberId}/members/{memberId}
POST /chambers/{chamberId}/members/{memberId}/status
GET /chambers/{chamberId}/units
POST /chambers/{chamberId}/units
GET /chambers/{chamberId}/units/{unitId}
GET /chambers/{chamberId}/leases
POST /chambers/{chamberId}/leases
GET /chambers/{chamberId}/leases/{leaseId}
PATCH /chambers/{chamberId}/leases/{leaseId}
POST /chambers/{chamberId}/leases/{leaseId}/status
GET /chambers/{chamberId}/leases/{leaseId}/payments
POST /chambers/{chamberId}/leases/{leaseId}/payments
GET /chambers/{chamberId}/receipts/{receiptNumber}
GET /chambers/{chamberId}/reports/rent-roll
GET /chambers/{chamberId}/reports/arrears
GET /chambers/{chamberId}/reports/overview
GET /chambers/{chamberId}/agreements
POST /chambers/{chamberId}/agreements
GET /chambers/{chamberId}/agreements/{agreementId}
PATCH /chambers/{chamberId}/agreements/{agreementId}
POST /chambers/{chamberId}/agreements/{agreementId}/status
POST /admin/keys
GET /admin/keys
DELETE /admin/keys/{keyId}
POST /auth/sign-in
GET /auth/session
POST /auth/sign-out
POST /auth/sign-out-everywhere
POST /auth/password-reset-requests
POST /auth/password-resets
GET /chambers/{chamberId}/services
POST /chambers/{chamberId}/services
GET /chambers/{chamberId}/services/{serviceId}
PATCH /chambers/{chamberId}/services/{serviceId}
GET /chambers/{chamberId}/service-requests
POST /chambers/{chamberId}/service-requests
GET /chambers/{chamberId}/service-requests/{requestId}
PATCH /chambers/{chamberId}/service-requests/{requestId}
POST /chambers/{chamberId}/service-requests/{requestId}/status
GET /chambers/{chamberId}/holidays
POST /chambers/{chamberId}/holidays
GET /chambers/{chamberId}/reports/service-requests
GET /chambers/{chamberId}/reports/service-level
GET /chambers/{chamberId}/events
GET /chambers/{chamberId}/upcoming-events
GET /chambers/{chamberId}/events/{eventId}
POST /chambers/{chamberId}/events
PATCH /chambers/{chamberId}/events/{eventId}
POST /chambers/{chamberId}/events/{eventId}/status
GET /chambers/{chamberId}/events/{eventId}/registrations
GET /chambers/{chamberId}/events/{eventId}/registrations/{registrationId}
POST /chambers/{chamberId}/events/{eventId}/registrations
POST /chambers/{chamberId}/events/{eventId}/self-registrations
POST /chambers/{chamberId}/events/{eventId}/registrations/{registrationId}/cancel
POST /chambers/{chamberId}/events/{eventId}/registrations/{registrationId}/check-in
GET /chambers/{chamberId}/label-schemes
POST /chambers/{chamberId}/label-schemes
GET /chambers/{chamberId}/label-schemes/{schemeId}
GET /chambers/{chamberId}/label-applications
POST /chambers/{chamberId}/label-applications
GET /chambers/{chamberId}/label-applications/{applicationId}
POST /chambers/{chamberId}/label-applications/{applicationId}/audits
POST /chambers/{chamberId}/label-applications/{applicationId}/decisions
GET /chambers/{chamberId}/labels/{labelNumber}/verification`;

describe("the routes", () => {
  it("are exactly the keys the SDK maps to resources", () => {
    expect(Object.keys(routes).sort()).toEqual([...ROUTE_KEYS].sort());
    for (const [key, route] of Object.entries(routes)) expect(route.key).toBe(key);
  });

  it("are exactly the methods and paths of the issue, each once", () => {
    const served = routeList.map((route) => `${route.method} ${route.path}`);
    const listed = ISSUE_ROUTES.trim().split("\n");
    expect([...served].sort()).toEqual([...listed].sort());
    expect(new Set(served).size).toBe(served.length);
  });

  it("accept an Idempotency-Key on every unsafe route, and require If-Match on every update", () => {
    for (const route of routeList) {
      expect(route.idempotent).toBe(route.method !== "GET");
      expect("idempotency-key" in route.headers.shape).toBe(route.method !== "GET");
      if (route.method === "PATCH") expect(route.ifMatch).toBe("required");
    }
  });

  it("answer an ETag on every read of one resource, and on every write that returns one", () => {
    // A session is not a resource a client caches or updates: the sign-in routes have no ETag.
    for (const route of routeList.filter((r) => r.tag !== "auth")) {
      const returnsOne = route.successStatus !== 204 && !route.paginated && route.path.endsWith("}");
      if (returnsOne || (route.method !== "GET" && route.successStatus !== 204))
        expect(route.etag, route.key).toBe(true);
    }
  });

  it("paginate every list of a chamber's records with a Page", () => {
    for (const route of routeList.filter((r) => r.paginated)) {
      const body = route.responses[200];
      expect(body?.safeParse({ items: [], nextCursor: null }).success, route.key).toBe(true);
      expect(route.query?.shape).toHaveProperty("limit");
    }
    const lists = routeList.filter((r) => r.key.endsWith(".list") && r.key !== "chambers.list");
    expect(lists.every((r) => r.paginated)).toBe(true);
  });

  it("answer invalid-transition on every status change", () => {
    for (const route of routeList.filter((r) => r.key.endsWith(".setStatus"))) {
      expect(route.problems).toContain("invalid-transition");
    }
  });

  it("check the record each write builds against its entity schema", () => {
    // The entity schema is the write's response: the whole record, with its cross-field rules.
    const entities: unknown[] = Object.values(domain);
    for (const route of routeList.filter(
      // Keys and sessions are the node's records, not the domain's.
      (r) => r.body !== undefined && !r.key.startsWith("admin.") && r.tag !== "auth",
    )) {
      expect(entities, route.key).toContain(route.responses[route.successStatus]);
    }
  });
});
