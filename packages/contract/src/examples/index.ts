import { amountInWords } from "@ghorfa/i18n";
import {
  type AccountView,
  arrears,
  CHAMBER_IDS,
  chamberOverview,
  fixtureId,
  labelVerification,
  rentRoll,
} from "@ghorfa/schemas";
import { PAYMENTS_SINCE, soussMassa } from "@ghorfa/schemas/fixtures";
import type { ApiKey } from "../entities/api-key";
import { CAPABILITIES } from "../entities/node-info";
import { receiptOf } from "../resources/receipts";
import type { RouteExample } from "../route-types";
import type { Routes } from "../routes";
import type { ChamberScope } from "../scopes";
import { CONTRACT_VERSION, SUPPORTED_VERSIONS } from "../version";
import { exampleLabels, exampleRecords, LATER, pageOf } from "./fixtures";
// services platform (issue 13)
import { serviceExamples } from "./services";

const inAgadir = { chamberId: "ma-09" } as const;
const omitAssigned = <T extends { id: unknown; createdAt: unknown; updatedAt: unknown; status: unknown }>(
  record: T,
) => {
  const { id: _id, createdAt: _c, updatedAt: _u, status: _s, ...rest } = record;
  return rest;
};

/**
 * One example per route, from the fixtures (the Souss-Massa chamber, 30 January 2026): the
 * OpenAPI document shows them and a test parses each with the route's schemas. They live apart
 * from the routes, and are built when first read (a call marked pure), so that a client that
 * bundles the routes bundles no demo data.
 */
export const ROUTE_EXAMPLES: RouteExamples = /* @__PURE__ */ routeExamples();

type RouteExamples = { [K in keyof Routes]: RouteExample<Routes[K]> };

function routeExamples(): RouteExamples {
  const { chamber, member, lease, unit, tenant, payment, agreement } = exampleRecords();
  const { chamberId: _m, ...memberBody } = omitAssigned(member);
  const { chamberId: _l, ...leaseBody } = omitAssigned(lease);
  const { id: _p, chamberId: _pc, leaseId: _pl, receiptNumber: _pr, ...paymentBody } = payment;
  const labelled = soussMassa.members.filter(
    (m) => m.status === "active" && m.labels.some((l) => l.code === "souss-massa-quality"),
  );
  const apiKeyScopes: ChamberScope[] = ["members:read", "leases:read", "leases:write"];
  const apiKey: ApiKey = {
    id: fixtureId("apiKey", "ma-09", 1),
    chamberId: "ma-09",
    name: "Agadir front desk",
    scopes: apiKeyScopes,
    createdAt: "2026-01-30T09:00:00.000Z",
    expiresAt: null,
    revokedAt: null,
  };
  const account: AccountView = {
    id: fixtureId("account", "ma-09", 1),
    chamberId: "ma-09",
    email: "accueil@cci-sm.ma",
    displayName: "Front desk, Agadir",
    role: "agent",
    disabled: false,
    createdAt: "2026-01-30T09:00:00.000Z",
    updatedAt: "2026-01-30T09:00:00.000Z",
  };
  const session = {
    account,
    expiresAt: "2026-01-30T21:00:00.000Z",
    idleExpiresAt: "2026-01-30T09:30:00.000Z",
  };
  return {
    "node.info": {
      response: {
        contractVersion: CONTRACT_VERSION,
        supportedVersions: [...SUPPORTED_VERSIONS],
        chambers: [CHAMBER_IDS[8]],
        capabilities: [...CAPABILITIES],
      },
    },
    "chambers.list": { response: { items: [chamber] } },
    "chambers.get": { params: inAgadir, response: chamber },
    "members.list": {
      params: inAgadir,
      query: { label: "souss-massa-quality", limit: 2 },
      response: pageOf(labelled, 2),
    },
    "members.get": { params: { ...inAgadir, memberId: member.id }, response: member },
    "members.create": { params: inAgadir, body: memberBody, response: { ...member, status: "pending" } },
    "members.update": {
      params: { ...inAgadir, memberId: member.id },
      body: { tradeName: "Argane Souss" },
      response: { ...member, tradeName: "Argane Souss", updatedAt: LATER },
    },
    "members.setStatus": {
      params: { ...inAgadir, memberId: member.id },
      body: { status: "suspended" },
      response: { ...member, status: "suspended", updatedAt: LATER },
    },
    "units.list": {
      params: inAgadir,
      query: { kind: unit.kind, limit: 3 },
      response: pageOf(
        soussMassa.units.filter((u) => u.kind === unit.kind),
        3,
      ),
    },
    "units.get": { params: { ...inAgadir, unitId: unit.id }, response: unit },
    "units.create": {
      params: inAgadir,
      body: {
        building: unit.building,
        code: unit.code,
        kind: unit.kind,
        floor: unit.floor,
        areaDm2: unit.areaDm2,
      },
      response: unit,
    },
    "leases.list": {
      params: inAgadir,
      query: { status: "active", limit: 2 },
      response: pageOf(
        soussMassa.leases.filter((l) => l.status === "active"),
        2,
      ),
    },
    "leases.get": { params: { ...inAgadir, leaseId: lease.id }, response: lease },
    "leases.create": { params: inAgadir, body: leaseBody, response: { ...lease, status: "draft" } },
    "leases.update": {
      params: { ...inAgadir, leaseId: lease.id },
      body: { termMonths: (lease.termMonths ?? 0) + 12 },
      response: { ...lease, termMonths: (lease.termMonths ?? 0) + 12, updatedAt: LATER },
    },
    "leases.setStatus": {
      params: { ...inAgadir, leaseId: lease.id },
      body: { status: "terminated", end: "2026-03-31" },
      response: { ...lease, status: "terminated", end: "2026-03-31", updatedAt: LATER },
    },
    "leases.payments.list": {
      params: { ...inAgadir, leaseId: lease.id },
      query: { kind: "rent" },
      response: pageOf(
        soussMassa.payments.filter((p) => p.leaseId === lease.id && p.kind === "rent"),
        50,
      ),
    },
    "leases.payments.create": {
      params: { ...inAgadir, leaseId: lease.id },
      body: paymentBody,
      response: payment,
    },
    "receipts.get": {
      params: { ...inAgadir, receiptNumber: payment.receiptNumber },
      response: {
        ...receiptOf({ chamber, payment, lease, unit, tenant }),
        amountInWords: amountInWords(payment.amount, "fr-MA"),
      },
    },
    "reports.rentRoll": {
      params: inAgadir,
      query: { month: "2026-01" },
      response: rentRoll({ leases: soussMassa.leases, units: soussMassa.units, month: "2026-01" }),
    },
    "reports.arrears": {
      params: inAgadir,
      query: { asOf: "2026-01-31" },
      response: arrears({
        leases: soussMassa.leases,
        payments: soussMassa.payments,
        asOf: "2026-01-31",
        since: PAYMENTS_SINCE,
      }),
    },
    "reports.overview": {
      params: inAgadir,
      query: { month: "2026-01", asOf: "2026-01-31" },
      response: chamberOverview({
        ...soussMassa,
        month: "2026-01",
        asOf: "2026-01-31",
        since: PAYMENTS_SINCE,
      }),
    },
    "agreements.list": {
      params: inAgadir,
      query: { domain: "maritime_transport" },
      response: pageOf(
        soussMassa.agreements.filter((a) => a.domains.includes("maritime_transport")),
        50,
      ),
    },
    "agreements.get": { params: { ...inAgadir, agreementId: agreement.id }, response: agreement },
    "agreements.create": {
      params: inAgadir,
      body: (({ id: _i, status: _s, createdAt: _c, updatedAt: _u, ...rest }) => ({
        ...rest,
        signature: undefined,
        published: false,
      }))(agreement),
      response: { ...agreement, status: "draft", signature: undefined, published: false },
    },
    "agreements.update": {
      params: { ...inAgadir, agreementId: agreement.id },
      body: { published: true },
      response: { ...agreement, published: true, updatedAt: LATER },
    },
    "agreements.setStatus": {
      params: { ...inAgadir, agreementId: agreement.id },
      body: { status: "terminated" },
      response: { ...agreement, status: "terminated", updatedAt: LATER },
    },
    "admin.keys.create": {
      body: { chamberId: "ma-09", name: apiKey.name, scopes: apiKeyScopes },
      response: { ...apiKey, secret: "ghorfa_8vJ2kQ0pX4mN7rT1yW5zB3cD6fG9hK2L" },
    },
    "admin.keys.list": { query: { chamberId: "ma-09" }, response: { items: [apiKey], nextCursor: null } },
    "admin.keys.revoke": { params: { keyId: apiKey.id } },
    // sign-in (issue 15)
    "auth.signIn": {
      body: { chamberId: "ma-09", email: account.email, password: "correct horse battery staple" },
      response: session,
    },
    "auth.session": { response: session },
    "auth.signOut": {},
    "auth.signOutEverywhere": {},
    "auth.requestPasswordReset": { body: { chamberId: "ma-09", email: account.email } },
    "auth.resetPassword": {
      body: { token: "b3Vu8Xq2ZlWJm1oTnRkA7cYpHs0dEiGf4LvN9wKxQzU", password: "a new horse battery staple" },
    },
    // services platform (issue 13)
    ...serviceExamples(),
    ...eventExamples(),
    // labels (issue 13)
    ...labelExamples(),
  };
}

// events (issue 13)
/** The examples of the event routes: the Euro-Med tourism forum and its registrations. */
function eventExamples(): Pick<
  RouteExamples,
  Extract<keyof RouteExamples, `events.${string}` | `registrations.${string}`>
> {
  const [forum] = soussMassa.events;
  if (!forum) throw new Error("The fixtures have no event");
  const registrations = soussMassa.registrations;
  const confirmed = registrations.find((r) => r.status === "confirmed" && r.participant.kind === "outside");
  const waitlisted = registrations.filter((r) => r.status === "waitlisted");
  if (!confirmed) throw new Error("The fixtures have no confirmed registration");
  // On the forum's first morning: after every registration was made.
  const atTheDoor = "2027-04-15T08:40:00.000Z";
  const atForum = { ...inAgadir, eventId: forum.id };
  const { person } = confirmed.participant;
  const consent = { given: true, textVersion: confirmed.consent.textVersion };
  return {
    "events.list": { params: inAgadir, query: { status: "published" }, response: pageOf([forum], 50) },
    "events.upcoming": { params: inAgadir, response: pageOf([forum], 50) },
    "events.get": { params: atForum, response: forum },
    "events.create": {
      params: inAgadir,
      body: omitAssigned(forum),
      response: { ...forum, status: "draft" },
    },
    "events.update": {
      params: atForum,
      body: { capacity: forum.capacity + 10 },
      response: { ...forum, capacity: forum.capacity + 10, updatedAt: LATER },
    },
    "events.setStatus": {
      params: atForum,
      body: { status: "cancelled" },
      response: { ...forum, status: "cancelled", updatedAt: LATER },
    },
    "registrations.list": {
      params: atForum,
      query: { status: "waitlisted" },
      response: pageOf(waitlisted, 50),
    },
    "registrations.get": { params: { ...atForum, registrationId: confirmed.id }, response: confirmed },
    "registrations.create": {
      params: atForum,
      body: { participant: confirmed.participant, consent },
      response: confirmed,
    },
    "registrations.selfRegister": {
      params: atForum,
      body: { person, consent },
      response: confirmed,
    },
    "registrations.cancel": {
      params: { ...atForum, registrationId: confirmed.id },
      response: { ...confirmed, status: "cancelled", updatedAt: atTheDoor },
    },
    "registrations.checkIn": {
      params: { ...atForum, registrationId: confirmed.id },
      response: { ...confirmed, status: "attended", checkedInAt: atTheDoor, updatedAt: atTheDoor },
    },
  };
}

// labels (issue 13)
type LabelRouteKey = Extract<keyof Routes, `labels.${string}`>;

/** The label programme's examples: the "Souss Massa" scheme and a granted argan oil. */
function labelExamples(): { [K in LabelRouteKey]: RouteExample<Routes[K]> } {
  const { scheme, application, audit, grant, holder } = exampleLabels();
  const { id: _id, createdAt: _c, updatedAt: _u, ...schemeBody } = scheme;
  const inApplication = { ...inAgadir, applicationId: application.id };
  const submitted = { ...application, status: "submitted" as const, audits: [], decisions: [] };
  const audited = { ...submitted, status: "under_audit" as const, audits: [audit] };
  return {
    "labels.schemes.list": { params: inAgadir, response: { items: [scheme], nextCursor: null } },
    "labels.schemes.get": { params: { ...inAgadir, schemeId: scheme.id }, response: scheme },
    "labels.schemes.create": { params: inAgadir, body: schemeBody, response: scheme },
    "labels.applications.list": {
      params: inAgadir,
      query: { status: "granted", category: "argan_oil", limit: 1 },
      response: pageOf(
        soussMassa.labelApplications.filter((a) => a.status === "granted" && a.category === "argan_oil"),
        1,
      ),
    },
    "labels.applications.get": { params: inApplication, response: application },
    "labels.applications.create": {
      params: inAgadir,
      body: {
        schemeId: application.schemeId,
        memberId: application.memberId,
        product: application.product,
        category: application.category,
        province: application.province,
      },
      response: submitted,
    },
    "labels.audits.create": {
      params: inApplication,
      body: { date: audit.date, auditor: audit.auditor, scores: audit.scores },
      response: audited,
    },
    "labels.decisions.create": {
      params: inApplication,
      body: { kind: "granted", date: grant.date, auditId: grant.auditId },
      response: { ...audited, status: "granted", decisions: [grant] },
    },
    "labels.verify": {
      params: { ...inAgadir, labelNumber: grant.labelNumber },
      response: labelVerification({ scheme, app: application, holder, grant, asOf: grant.date }),
    },
  };
}
