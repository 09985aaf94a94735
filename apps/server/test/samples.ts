import type { RouteKey } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Database } from "../src/db/connect";
// labels (issue 13)
import { agreements, labels, leases, members, payments, units } from "../src/services";
import {
  auditInput,
  labelApplicationOf,
  labelSchemeInput,
  leaseInput,
  memberInput,
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
