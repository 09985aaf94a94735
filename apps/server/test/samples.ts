import type { RouteKey } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Database } from "../src/db/connect";
import {
  accounts,
  agreements,
  labels,
  leases,
  members,
  oneTimeTokens,
  payments,
  registrations,
  serviceCatalogue,
  serviceRequests,
  units,
} from "../src/services";
import {
  auditInput,
  eventInput,
  labelApplicationOf,
  labelSchemeInput,
  leaseInput,
  memberInput,
  openEvent,
  registrationInput,
  tenantAndUnit,
  unitInput,
} from "../src/services/test-inputs";
import { moroccanDate } from "../src/services/today";

/** A request ready for `inject`, less the caller's headers. */
export type Sample = Omit<InjectOptions, "headers" | "url"> & {
  url: string;
  headers?: Record<string, string>;
};

export interface SampleContext {
  app: FastifyInstance;
  db: Database;
  /** The chamber the samples target (its data is seeded). */
  chamberId: ChamberId;
  /** A fresh number for each record a sample makes, so that ICEs, codes and keys never collide. */
  next(): number;
  /** The operator's Authorization header, for samples that need a key made first. */
  operator: string;
}

const json = (
  method: "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Sample => ({
  method,
  url,
  ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }),
  headers: { ...(payload === undefined ? {} : { "content-type": "application/json" }), ...headers },
});

// sign-in (issue 15)
/** The password of every account the samples make. */
export const SAMPLE_PASSWORD = "a sample password, long enough";
/** What a browser on the node's own pages sends as Origin, as `inject` addresses the node. */
export const SAME_ORIGIN = "http://localhost:80";

async function sampleAccount({ db, chamberId, next }: SampleContext) {
  return accounts.create(db, {
    chamberId,
    email: `agent-${next()}@sample.ma`,
    displayName: "Sample agent",
    role: "agent",
    password: SAMPLE_PASSWORD,
  });
}

/** A request of a signed-in session: its cookie, and the node's own Origin. */
async function signedIn(context: SampleContext): Promise<Record<string, string>> {
  const account = await sampleAccount(context);
  const response = await context.app.inject({
    method: "POST",
    url: "/auth/sign-in",
    payload: { chamberId: context.chamberId, email: account.email, password: SAMPLE_PASSWORD },
  });
  const cookie = String(response.headers["set-cookie"]).split(";")[0] ?? "";
  return { cookie, origin: SAME_ORIGIN };
}

async function firstActiveMember(db: Database, chamberId: ChamberId) {
  const page = await members.list(db, { chamberId, limit: 1, status: "active" });
  const member = page.items[0];
  if (!member) throw new Error(`No active member in ${chamberId}`);
  return member;
}

async function firstLease(db: Database, chamberId: ChamberId) {
  const page = await leases.list(db, { chamberId, limit: 1, status: "active" });
  const lease = page.items[0];
  if (!lease) throw new Error(`No active lease in ${chamberId}`);
  return lease;
}

async function publishedAgreement(db: Database, chamberId: ChamberId) {
  const page = await agreements.list(db, { chamberId, limit: 100, published: true });
  const agreement = page.items.find((a) => a.id.includes(`_${chamberId}_`)) ?? page.items[0];
  if (!agreement) throw new Error(`No published agreement in ${chamberId}`);
  return agreement;
}

/** A new draft agreement recorded by `chamberId`, built from one of its seeded agreements. */
async function agreementBody(db: Database, chamberId: ChamberId, n: number) {
  const {
    id: _id,
    status: _status,
    createdAt: _c,
    updatedAt: _u,
    signature: _s,
    ...rest
  } = await publishedAgreement(db, chamberId);
  return { ...rest, reference: `TEST-${n}`, commitments: [], published: false };
}

async function newDraftLease(db: Database, chamberId: ChamberId, n: number) {
  const refs = await tenantAndUnit(db, chamberId, n);
  return leases.create(db, { chamberId, input: leaseInput(refs) });
}

// services platform (issue 13)

/** The chamber's first service open to anyone, on offer, with a free or flat fee. */
async function openService(db: Database, chamberId: ChamberId) {
  const page = await serviceCatalogue.list(db, { chamberId, limit: 100, active: true, audience: "anyone" });
  const service = page.items.find((s) => s.fee.kind !== "per_mille");
  if (!service) throw new Error(`No open service in ${chamberId}`);
  return service;
}

/** A new service of the catalogue, with a code no other sample takes. */
const serviceBody = (n: number) => ({
  code: `TEST-${n}`,
  names: { fr: `Service d'essai ${n}`, ar: `خدمة تجريبية ${n}` },
  category: "information",
  audience: "anyone",
  requiredDocuments: [],
  fee: { kind: "fixed", amount: { amount: 10_000, currency: "MAD" } },
  serviceLevelDays: 3,
  channel: "online",
  active: true,
});

/** A person's request for an open service, submitted directly. */
async function newServiceRequest(db: Database, chamberId: ChamberId, n: number) {
  const service = await openService(db, chamberId);
  return serviceRequests.create(db, {
    chamberId,
    input: {
      serviceId: service.id,
      requester: { name: `Demandeur ${n}`, email: `demandeur${n}@example.ma` },
      documents: [],
    },
  });
}

// events (issue 13)
/** A published event open to registrations now, and one registration to it. */
async function registered(db: Database, chamberId: ChamberId, n: number) {
  const event = await openEvent(db, chamberId, n);
  const registration = await registrations.create(db, {
    chamberId,
    eventId: event.entity.id,
    input: registrationInput(n),
  });
  return { event: event.entity, registration: registration.entity };
}

const eventSamples = {
  "events.list": async ({ chamberId }: SampleContext) => ({
    method: "GET" as const,
    url: `/chambers/${chamberId}/events?limit=5`,
  }),
  "events.upcoming": async ({ chamberId }: SampleContext) => ({
    method: "GET" as const,
    url: `/chambers/${chamberId}/upcoming-events?limit=5`,
  }),
  "events.get": async ({ db, chamberId, next }: SampleContext) => {
    const event = await openEvent(db, chamberId, next());
    return { method: "GET" as const, url: `/chambers/${chamberId}/events/${event.entity.id}` };
  },
  "events.create": async ({ chamberId, next }: SampleContext) =>
    json("POST", `/chambers/${chamberId}/events`, eventInput(chamberId, next())),
  "events.update": async ({ db, chamberId, next }: SampleContext) => {
    const event = await openEvent(db, chamberId, next());
    return json(
      "PATCH",
      `/chambers/${chamberId}/events/${event.entity.id}`,
      { capacity: 120 },
      { "if-match": `"${event.version}"` },
    );
  },
  "events.setStatus": async ({ db, chamberId, next }: SampleContext) => {
    const event = await openEvent(db, chamberId, next());
    return json("POST", `/chambers/${chamberId}/events/${event.entity.id}/status`, { status: "cancelled" });
  },
  "registrations.list": async ({ db, chamberId, next }: SampleContext) => {
    const { event } = await registered(db, chamberId, next());
    return { method: "GET" as const, url: `/chambers/${chamberId}/events/${event.id}/registrations?limit=5` };
  },
  "registrations.get": async ({ db, chamberId, next }: SampleContext) => {
    const { event, registration } = await registered(db, chamberId, next());
    return {
      method: "GET" as const,
      url: `/chambers/${chamberId}/events/${event.id}/registrations/${registration.id}`,
    };
  },
  "registrations.create": async ({ db, chamberId, next }: SampleContext) => {
    const event = await openEvent(db, chamberId, next());
    return json(
      "POST",
      `/chambers/${chamberId}/events/${event.entity.id}/registrations`,
      registrationInput(next()),
    );
  },
  "registrations.selfRegister": async ({ db, chamberId, next }: SampleContext) => {
    const event = await openEvent(db, chamberId, next());
    const { participant, consent } = registrationInput(next());
    return json("POST", `/chambers/${chamberId}/events/${event.entity.id}/self-registrations`, {
      person: participant.person,
      consent,
    });
  },
  "registrations.cancel": async ({ db, chamberId, next }: SampleContext) => {
    const { event, registration } = await registered(db, chamberId, next());
    return json("POST", `/chambers/${chamberId}/events/${event.id}/registrations/${registration.id}/cancel`);
  },
  "registrations.checkIn": async ({ db, chamberId, next }: SampleContext) => {
    const { event, registration } = await registered(db, chamberId, next());
    return json(
      "POST",
      `/chambers/${chamberId}/events/${event.id}/registrations/${registration.id}/check-in`,
    );
  },
};

/**
 * One valid request for every route of the contract, as its chamber's full key would send it.
 * The map is typed by the contract's route keys: a route without a sample fails the typecheck.
 */
export const samples: { readonly [K in RouteKey]: (ctx: SampleContext) => Promise<Sample> } = {
  "node.info": async () => ({ method: "GET", url: "/.well-known/ghorfa" }),
  "chambers.list": async () => ({ method: "GET", url: "/chambers" }),
  "chambers.get": async ({ chamberId }) => ({ method: "GET", url: `/chambers/${chamberId}` }),
  "members.list": async ({ chamberId }) => ({ method: "GET", url: `/chambers/${chamberId}/members?limit=5` }),
  "members.get": async ({ db, chamberId }) => {
    const member = await firstActiveMember(db, chamberId);
    return { method: "GET", url: `/chambers/${chamberId}/members/${member.id}` };
  },
  "members.create": async ({ chamberId, next }) =>
    json(
      "POST",
      `/chambers/${chamberId}/members`,
      memberInput(next(), { address: { region: chamberId, prefecture: "Préfecture", city: "Ville" } }),
    ),
  "members.update": async ({ db, chamberId, next }) => {
    const created = await members.create(db, {
      chamberId,
      input: memberInput(next(), { address: { region: chamberId, prefecture: "Préfecture", city: "Ville" } }),
    });
    return json(
      "PATCH",
      `/chambers/${chamberId}/members/${created.entity.id}`,
      { activity: { fr: "Commerce de détail", ar: "تجارة التقسيط" } },
      { "if-match": `"${created.version}"` },
    );
  },
  "members.setStatus": async ({ db, chamberId, next }) => {
    const created = await members.create(db, {
      chamberId,
      input: memberInput(next(), { address: { region: chamberId, prefecture: "Préfecture", city: "Ville" } }),
    });
    return json("POST", `/chambers/${chamberId}/members/${created.entity.id}/status`, { status: "active" });
  },
  "units.list": async ({ chamberId }) => ({ method: "GET", url: `/chambers/${chamberId}/units?limit=5` }),
  "units.get": async ({ db, chamberId }) => {
    const unit = (await units.list(db, { chamberId, limit: 1 })).items[0];
    if (!unit) throw new Error(`No unit in ${chamberId}`);
    return { method: "GET", url: `/chambers/${chamberId}/units/${unit.id}` };
  },
  "units.create": async ({ chamberId, next }) =>
    json("POST", `/chambers/${chamberId}/units`, unitInput(`T-${next()}`)),
  "leases.list": async ({ chamberId }) => ({ method: "GET", url: `/chambers/${chamberId}/leases?limit=5` }),
  "leases.get": async ({ db, chamberId }) => {
    const lease = await firstLease(db, chamberId);
    return { method: "GET", url: `/chambers/${chamberId}/leases/${lease.id}` };
  },
  "leases.create": async ({ db, chamberId, next }) => {
    const refs = await tenantAndUnit(db, chamberId, next());
    return json("POST", `/chambers/${chamberId}/leases`, leaseInput(refs));
  },
  "leases.update": async ({ db, chamberId, next }) => {
    const lease = await newDraftLease(db, chamberId, next());
    return json(
      "PATCH",
      `/chambers/${chamberId}/leases/${lease.entity.id}`,
      { deposit: { amount: 1_500_000, currency: "MAD" } },
      { "if-match": `"${lease.version}"` },
    );
  },
  "leases.setStatus": async ({ db, chamberId, next }) => {
    const lease = await newDraftLease(db, chamberId, next());
    return json("POST", `/chambers/${chamberId}/leases/${lease.entity.id}/status`, { status: "active" });
  },
  "leases.payments.list": async ({ db, chamberId }) => {
    const lease = await firstLease(db, chamberId);
    return { method: "GET", url: `/chambers/${chamberId}/leases/${lease.id}/payments?limit=5` };
  },
  "leases.payments.create": async ({ db, chamberId }) => {
    const lease = await firstLease(db, chamberId);
    return json("POST", `/chambers/${chamberId}/leases/${lease.id}/payments`, {
      kind: "rent",
      period: { from: "2026-03", to: "2026-03" },
      amount: lease.monthlyRent,
      method: "bank_transfer",
      paidOn: "2026-03-05",
    });
  },
  "receipts.get": async ({ db, chamberId }) => {
    const lease = await firstLease(db, chamberId);
    const payment = (await payments.list(db, { chamberId, leaseId: lease.id, limit: 1 })).items[0];
    if (!payment) throw new Error(`No payment on ${lease.id}`);
    return { method: "GET", url: `/chambers/${chamberId}/receipts/${payment.receiptNumber}` };
  },
  "reports.rentRoll": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/reports/rent-roll?month=2026-01`,
  }),
  "reports.arrears": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/reports/arrears?asOf=2026-02-15`,
  }),
  "reports.overview": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/reports/overview?month=2026-01`,
  }),
  "agreements.list": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/agreements?limit=5`,
  }),
  "agreements.get": async ({ db, chamberId }) => {
    const agreement = await publishedAgreement(db, chamberId);
    return { method: "GET", url: `/chambers/${chamberId}/agreements/${agreement.id}` };
  },
  "agreements.create": async ({ db, chamberId, next }) =>
    json("POST", `/chambers/${chamberId}/agreements`, await agreementBody(db, chamberId, next())),
  "agreements.update": async ({ db, chamberId, next }) => {
    const created = await agreements.create(db, {
      chamberId,
      input: (await agreementBody(db, chamberId, next())) as never,
    });
    return json(
      "PATCH",
      `/chambers/${chamberId}/agreements/${created.entity.id}`,
      { published: true },
      { "if-match": `"${created.version}"` },
    );
  },
  "agreements.setStatus": async ({ db, chamberId, next }) => {
    const created = await agreements.create(db, {
      chamberId,
      input: (await agreementBody(db, chamberId, next())) as never,
    });
    return json("POST", `/chambers/${chamberId}/agreements/${created.entity.id}/status`, {
      status: "negotiation",
    });
  },
  "auth.signIn": async (context) => {
    const account = await sampleAccount(context);
    return json("POST", "/auth/sign-in", {
      chamberId: context.chamberId,
      email: account.email,
      password: SAMPLE_PASSWORD,
    });
  },
  "auth.session": async (context) => ({
    method: "GET",
    url: "/auth/session",
    headers: await signedIn(context),
  }),
  "auth.signOut": async (context) => json("POST", "/auth/sign-out", undefined, await signedIn(context)),
  "auth.signOutEverywhere": async (context) =>
    json("POST", "/auth/sign-out-everywhere", undefined, await signedIn(context)),
  "auth.requestPasswordReset": async (context) => {
    const account = await sampleAccount(context);
    return json("POST", "/auth/password-reset-requests", {
      chamberId: context.chamberId,
      email: account.email,
    });
  },
  "auth.resetPassword": async (context) => {
    const account = await sampleAccount(context);
    const { token } = await oneTimeTokens.issue(context.db, {
      purpose: "password-reset",
      subject: account.id,
      chamberId: context.chamberId,
      ttlMinutes: 30,
    });
    return json("POST", "/auth/password-resets", { token, password: "a new sample password, long enough" });
  },
  "admin.keys.create": async ({ chamberId }) =>
    json("POST", "/admin/keys", { chamberId, name: "Front desk", scopes: ["members:read"] }),
  "admin.keys.list": async ({ chamberId }) => ({ method: "GET", url: `/admin/keys?chamberId=${chamberId}` }),
  "admin.keys.revoke": async ({ app, operator }) => {
    const created = await app.inject({
      method: "POST",
      url: "/admin/keys",
      headers: { authorization: operator, "content-type": "application/json" },
      payload: { chamberId: "ma-09", name: "To revoke", scopes: ["members:read"] },
    });
    return json("DELETE", `/admin/keys/${(created.json() as { id: string }).id}`);
  },
  // events (issue 13)
  ...eventSamples,
  // services platform (issue 13)
  "services.list": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/services?limit=5`,
  }),
  "services.get": async ({ db, chamberId }) => {
    const service = await openService(db, chamberId);
    return { method: "GET", url: `/chambers/${chamberId}/services/${service.id}` };
  },
  "services.create": async ({ chamberId, next }) =>
    json("POST", `/chambers/${chamberId}/services`, serviceBody(next())),
  "services.update": async ({ db, chamberId, next }) => {
    const created = await serviceCatalogue.create(db, { chamberId, input: serviceBody(next()) as never });
    return json(
      "PATCH",
      `/chambers/${chamberId}/services/${created.entity.id}`,
      { serviceLevelDays: 4 },
      { "if-match": `"${created.version}"` },
    );
  },
  "serviceRequests.list": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/service-requests?limit=5`,
  }),
  "serviceRequests.get": async ({ db, chamberId, next }) => {
    const created = await newServiceRequest(db, chamberId, next());
    return { method: "GET", url: `/chambers/${chamberId}/service-requests/${created.entity.id}` };
  },
  "serviceRequests.create": async ({ db, chamberId, next }) => {
    const service = await openService(db, chamberId);
    const n = next();
    return json("POST", `/chambers/${chamberId}/service-requests`, {
      serviceId: service.id,
      requester: { name: `Demandeur ${n}`, phone: "+212661234567" },
      documents: [
        {
          name: "cin.pdf",
          mediaType: "application/pdf",
          sizeBytes: 52_000,
          sha256: "0".repeat(63) + String(n % 10),
        },
      ],
    });
  },
  "serviceRequests.update": async ({ db, chamberId, next }) => {
    const created = await newServiceRequest(db, chamberId, next());
    return json(
      "PATCH",
      `/chambers/${chamberId}/service-requests/${created.entity.id}`,
      { assignedTo: "Agent d'accueil" },
      { "if-match": `"${created.version}"` },
    );
  },
  "serviceRequests.setStatus": async ({ db, chamberId, next }) => {
    const created = await newServiceRequest(db, chamberId, next());
    return json("POST", `/chambers/${chamberId}/service-requests/${created.entity.id}/status`, {
      status: "in_review",
    });
  },
  "holidays.get": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/holidays?year=2026`,
  }),
  "holidays.announce": async ({ chamberId, next }) =>
    json("POST", `/chambers/${chamberId}/holidays`, {
      // A different exceptional day each time, so no sample replaces another's.
      date: new Date(Date.UTC(2027, 0, 1 + (next() % 360))).toISOString().slice(0, 10),
      code: "exceptional",
      names: { fr: "Jour chômé exceptionnel", ar: "عطلة استثنائية" },
    }),
  "reports.serviceRequests": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/reports/service-requests?from=2026-01-01&to=2026-12-31`,
  }),
  "reports.serviceLevel": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/reports/service-level?from=2026-01&to=2026-06`,
  }),
  // labels (issue 13): each sample sets up its own scheme, member and application
  "labels.schemes.list": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/label-schemes?limit=5`,
  }),
  "labels.schemes.get": async ({ db, chamberId, next }) => {
    const { entity } = await labels.createScheme(db, { chamberId, input: labelSchemeInput(next()) });
    return { method: "GET", url: `/chambers/${chamberId}/label-schemes/${entity.id}` };
  },
  "labels.schemes.create": async ({ chamberId, next }) =>
    json("POST", `/chambers/${chamberId}/label-schemes`, labelSchemeInput(next())),
  "labels.applications.list": async ({ chamberId }) => ({
    method: "GET",
    url: `/chambers/${chamberId}/label-applications?limit=5&status=granted`,
  }),
  "labels.applications.get": async ({ db, chamberId, next }) => {
    const { application } = await labelApplicationOf(db, chamberId, next());
    return { method: "GET", url: `/chambers/${chamberId}/label-applications/${application.id}` };
  },
  "labels.applications.create": async ({ db, chamberId, next }) => {
    const { application } = await labelApplicationOf(db, chamberId, next());
    const { schemeId, memberId, product, category, province } = application;
    return json("POST", `/chambers/${chamberId}/label-applications`, {
      schemeId,
      memberId,
      product,
      category,
      province,
    });
  },
  "labels.audits.create": async ({ db, chamberId, next }) => {
    const { application } = await labelApplicationOf(db, chamberId, next());
    return json(
      "POST",
      `/chambers/${chamberId}/label-applications/${application.id}/audits`,
      auditInput(moroccanDate(new Date())),
    );
  },
  "labels.decisions.create": async ({ db, chamberId, next }) => {
    const { application } = await labelApplicationOf(db, chamberId, next());
    const today = moroccanDate(new Date());
    const audited = await labels.recordAudit(db, { chamberId, id: application.id, input: auditInput(today) });
    return json("POST", `/chambers/${chamberId}/label-applications/${application.id}/decisions`, {
      kind: "granted",
      date: today,
      auditId: audited.entity.audits[0]?.id,
    });
  },
  "labels.verify": async ({ db, chamberId, next }) => {
    const { application } = await labelApplicationOf(db, chamberId, next());
    const today = moroccanDate(new Date());
    const audited = await labels.recordAudit(db, { chamberId, id: application.id, input: auditInput(today) });
    const auditId = audited.entity.audits[0]?.id as string;
    const granted = await labels.recordDecision(db, {
      chamberId,
      id: application.id,
      input: { kind: "granted", date: today, auditId: auditId as never },
    });
    const grant = granted.entity.decisions[0];
    const number = grant?.kind === "granted" ? grant.labelNumber : "";
    return { method: "GET", url: `/chambers/${chamberId}/labels/${number}/verification` };
  },
};
