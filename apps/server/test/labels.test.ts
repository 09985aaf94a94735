import type { LabelApplication, LabelVerification, Member } from "@ghorfa/schemas";
import { labelStatus } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members as membersTable } from "../src/db/schema";
import { labels, members } from "../src/services";
import { auditInput, labelApplicationOf, memberInput } from "../src/services/test-inputs";
import { moroccanDate } from "../src/services/today";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter } from "./callers";
import { expectRateLimited } from "./expect-problem";

// The label programme over HTTP: each lifecycle walked, the labels members show, verification.

let t: TestApp;
const next = counter(7_000);
const today = moroccanDate(new Date());
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => addDays(today, -n);

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const key = () => t.keys.soussMassa;
const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url,
    payload: payload as object,
    headers: { authorization: key(), "content-type": "application/json", ...headers },
  });
const get = async (url: string, authorization: string | undefined = key()) =>
  t.app.inject({ method: "GET", url, headers: authorization ? { authorization } : {} });

/** A new scheme, member and application of Souss-Massa, ready to be audited. */
async function apply(scheme: Parameters<typeof labelApplicationOf>[3] = {}) {
  return labelApplicationOf(t.database.db, "ma-09", next(), scheme);
}
const at = (application: { id: string }) => `/chambers/ma-09/label-applications/${application.id}`;

async function audit(application: { id: string }, date: string, origin = 80, hygiene = 80) {
  const response = await post(`${at(application)}/audits`, auditInput(date, origin, hygiene));
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json() as LabelApplication;
  return { application: body, auditId: body.audits.at(-1)?.id as string };
}

async function decide(application: { id: string }, decision: object) {
  return post(`${at(application)}/decisions`, decision);
}

async function granted(application: { id: string }, decision: object) {
  const response = await decide(application, { kind: "granted", ...decision });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json() as LabelApplication;
  const grant = body.decisions.at(-1);
  if (grant?.kind !== "granted") throw new Error("not a grant");
  return { application: body, grant };
}

const verify = (number: string, authorization?: string) =>
  get(`/chambers/ma-09/labels/${number}/verification`, authorization);

async function memberLabels(memberId: string) {
  const response = await get(`/chambers/ma-09/members/${memberId}`);
  expect(response.statusCode).toBe(200);
  return { labels: (response.json() as Member).labels, etag: response.headers.etag };
}

describe("a label, applied for, audited, granted, expired and renewed", () => {
  it("walks the lifecycle, and the member shows the label only while it is valid", async () => {
    const { scheme, member, application } = await apply({ validityMonths: 1 });
    expect(application.status).toBe("submitted");
    const before = await memberLabels(member.id);
    expect(before.labels).toEqual([]);

    // Audited 45 days ago, granted 40 days ago for one month: expired by now.
    const audited = await audit(application, daysAgo(45), 90, 60);
    expect(audited.application.status).toBe("under_audit");
    // (3×90 + 1×60) / 4 = 82.5, rounded down
    expect(audited.application.audits[0]?.weightedScore).toBe(82);
    const first = await granted(application, { date: daysAgo(40), auditId: audited.auditId });
    expect(first.grant.labelNumber).toMatch(/^TS-\d{4}-\d{6}$/);
    expect(first.grant.validFrom).toBe(daysAgo(40));
    expect(first.application.status).toBe("expired");
    expect((await memberLabels(member.id)).labels).toEqual([]);
    expect((await verify(first.grant.labelNumber)).json()).toMatchObject({ status: "expired" });

    // Renewal: on the old audit, refused; on a new one, a new number, valid from today.
    const stale = await decide(application, { kind: "granted", date: today, auditId: audited.auditId });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().errors[0]).toMatchObject({ pointer: "/body/auditId" });
    const renewed = await audit(application, today);
    const second = await granted(application, { date: today, auditId: renewed.auditId });
    expect(second.grant.labelNumber).not.toBe(first.grant.labelNumber);
    expect(second.application.status).toBe("granted");
    const after = await memberLabels(member.id);
    expect(after.labels).toEqual([
      {
        code: scheme.code,
        name: scheme.names,
        product: application.product,
        grantedOn: today,
        validUntil: second.grant.validUntil,
      },
    ]);
    expect(after.etag).not.toBe(before.etag);
    expect((await verify(second.grant.labelNumber)).json()).toMatchObject({ status: "granted" });
    expect((await verify(first.grant.labelNumber)).json()).toMatchObject({ status: "expired" });

    // The member list's `label` filter reads the same source.
    const listed = await get(`/chambers/ma-09/members?label=${scheme.code}&limit=50`);
    expect((listed.json() as { items: Member[] }).items.map((m) => m.id)).toEqual([member.id]);
  });
});

describe("a suspended label", () => {
  it("stops at once, and comes back only by a reinstatement on an audit made after the suspension", async () => {
    const { member, application } = await apply();
    const audited = await audit(application, daysAgo(5));
    const { grant } = await granted(application, { date: daysAgo(3), auditId: audited.auditId });
    const suspended = await decide(application, {
      kind: "suspended",
      date: daysAgo(1),
      reasons: { fr: "Lot non conforme" },
    });
    expect(suspended.statusCode).toBe(201);
    expect(suspended.json().status).toBe("suspended");
    expect((await memberLabels(member.id)).labels).toEqual([]);
    expect((await verify(grant.labelNumber)).json()).toMatchObject({ status: "suspended" });

    const regrant = await decide(application, { kind: "granted", date: today, auditId: audited.auditId });
    expect(regrant.statusCode).toBe(409);
    expect(regrant.json()).toMatchObject({ allowed: ["reinstated", "withdrawn"] });
    const early = await decide(application, { kind: "reinstated", date: today, auditId: audited.auditId });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].code).toBe("label_audit_not_new");

    const again = await audit(application, today);
    const reinstated = await decide(application, { kind: "reinstated", date: today, auditId: again.auditId });
    expect(reinstated.statusCode).toBe(201);
    expect(reinstated.json().status).toBe("granted");
    const shown = (await memberLabels(member.id)).labels;
    expect(shown.map((l) => l.validUntil)).toEqual([grant.validUntil]);
    expect((await verify(grant.labelNumber)).json()).toMatchObject({ status: "granted" });
  });
});

describe("a withdrawn label", () => {
  it("is withdrawn at once and for good", async () => {
    const { member, application } = await apply();
    const audited = await audit(application, today);
    const { grant } = await granted(application, { date: today, auditId: audited.auditId });
    const withdrawn = await decide(application, {
      kind: "withdrawn",
      date: today,
      reasons: { fr: "Fraude" },
    });
    expect(withdrawn.json().status).toBe("withdrawn");
    expect((await memberLabels(member.id)).labels).toEqual([]);
    expect((await verify(grant.labelNumber)).json()).toMatchObject({ status: "withdrawn" });
    const after = await decide(application, { kind: "granted", date: today, auditId: audited.auditId });
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({
      type: "https://ghorfa.ma/problems/invalid-transition",
      allowed: [],
    });
  });
});

describe("a refusal", () => {
  it("refuses a grant on an audit older than the scheme allows, and changes nothing", async () => {
    const { application } = await apply({ auditRecencyMonths: 1 });
    const audited = await audit(application, daysAgo(40));
    const before = await get(at(application));
    const refused = await decide(application, { kind: "granted", date: today, auditId: audited.auditId });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toMatchObject([{ pointer: "/body/auditId", code: "label_audit_too_old" }]);
    const after = await get(at(application));
    expect(after.body).toBe(before.body);
    expect(after.headers.etag).toBe(before.headers.etag);
  });

  it("refuses a grant below the pass mark, in the caller's language, and records a refusal", async () => {
    const { application } = await apply();
    const audited = await audit(application, today, 70, 60); // (210 + 60) / 4 = 67.5 → 67 < 70
    const refused = await post(
      `${at(application)}/decisions`,
      { kind: "granted", date: today, auditId: audited.auditId },
      { "accept-language": "fr-MA" },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ code: "label_audit_below_pass_mark" });
    expect(refused.json().errors[0].message).toMatch(/note de passage/);
    const decision = await decide(application, {
      kind: "refused",
      date: today,
      auditId: audited.auditId,
      reasons: { fr: "Score insuffisant" },
    });
    expect(decision.json().status).toBe("refused");
  });

  it("refuses scores that do not match the scheme's criteria, and a decision dated tomorrow", async () => {
    const { application } = await apply();
    const bad = await post(`${at(application)}/audits`, {
      ...auditInput(today),
      scores: [{ criterion: "origin", score: 80 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ code: "label_audit_scores", pointer: "/body/scores" });
    const tomorrow = await decide(application, {
      kind: "withdrawn",
      date: addDays(today, 1),
      reasons: { fr: "x" },
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json().errors[0]).toMatchObject({ code: "label_decision_date", pointer: "/body/date" });
  });

  it("refuses an application for a scheme or a member of another chamber", async () => {
    const { application } = await apply();
    const casablancaMember = soussMassa.members[0]?.id.replace("ma-09", "ma-06");
    const response = await post("/chambers/ma-09/label-applications", {
      schemeId: application.schemeId,
      memberId: casablancaMember,
      product: { fr: "Produit" },
      category: "honey",
      province: "Tiznit",
    });
    expect(response.statusCode).toBe(400);
  });
});

describe("members' labels", () => {
  it("drops a label of the chamber's programme given on create or patch, and keeps other programmes' labels", async () => {
    const programme = { ...soussMassa.members[3]?.labels[0] } as Member["labels"][number];
    const other = { ...programme, code: "bio-maroc", name: { fr: "Bio Maroc" } };
    const created = await members.create(t.database.db, {
      chamberId: "ma-09",
      input: memberInput(next(), { labels: [programme, other] }),
    });
    expect(created.entity.labels).toEqual([other]);
    const response = await t.app.inject({
      method: "PATCH",
      url: `/chambers/ma-09/members/${created.entity.id}`,
      payload: { labels: [other, programme] },
      headers: {
        authorization: key(),
        "content-type": "application/json",
        "if-match": `"${created.version}"`,
      },
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as Member).labels).toEqual([other]);
    const filtered = await get(`/chambers/ma-09/members?label=${programme.code}&limit=100`);
    expect((filtered.json() as { items: Member[] }).items.map((m) => m.id)).not.toContain(created.entity.id);
    const byOther = await get("/chambers/ma-09/members?label=bio-maroc&limit=100");
    expect((byOther.json() as { items: Member[] }).items.map((m) => m.id)).toContain(created.entity.id);
  });

  it("keeps no programme label with the member, so nothing can drift from the decisions", async () => {
    const { member, application } = await apply();
    const audited = await audit(application, today);
    await granted(application, { date: today, auditId: audited.auditId });
    expect((await memberLabels(member.id)).labels).toHaveLength(1);
    const [stored] = await t.database.db
      .select({ data: membersTable.data, labels: membersTable.labels })
      .from(membersTable)
      .where(eq(membersTable.id, member.id));
    expect(stored).toEqual({ data: expect.objectContaining({ labels: [] }), labels: [] });
    const seeded = await t.database.db.select({ labels: membersTable.labels }).from(membersTable);
    const code = soussMassa.labelSchemes[0]?.code as string;
    expect(seeded.filter((row) => row.labels.includes(code))).toEqual([]);
  });

  it("finds, with the public's label filter, exactly the holders the decisions say, as of today", async () => {
    const code = soussMassa.labelSchemes[0]?.code as string;
    const holders = new Set(
      soussMassa.labelApplications.filter((a) => labelStatus(a, today) === "granted").map((a) => a.memberId),
    );
    const listed = await get(`/chambers/ma-09/members?label=${code}&limit=100`, undefined);
    expect(listed.statusCode).toBe(200);
    const items = (listed.json() as { items: Member[] }).items;
    expect(new Set(items.map((m) => m.id))).toEqual(holders);
    for (const m of items) expect(m.labels.some((l) => l.code === code)).toBe(true);
  });
});

describe("the application list", () => {
  it("filters on the status of today exactly as labelStatus derives it", async () => {
    const all = (await labels.listApplications(t.database.db, { chamberId: "ma-09", limit: 100 })).items;
    const statuses = [
      "submitted",
      "under_audit",
      "granted",
      "refused",
      "suspended",
      "withdrawn",
      "expired",
    ] as const;
    let seen = 0;
    for (const status of statuses) {
      const response = await get(`/chambers/ma-09/label-applications?status=${status}&limit=100`);
      const ids = (response.json() as { items: LabelApplication[] }).items.map((a) => a.id);
      expect(ids).toEqual(all.filter((a) => labelStatus(a, today) === status).map((a) => a.id));
      seen += ids.length;
    }
    expect(seen).toBe(all.length);
  });
});

describe("verification", () => {
  const grant = soussMassa.labelApplications[0]?.decisions[0];
  const number = grant?.kind === "granted" ? grant.labelNumber : "";

  it("answers anyone, without a key, with public facts only", async () => {
    const response = await verify(number);
    expect(response.statusCode).toBe(200);
    const body = response.json() as LabelVerification;
    expect(Object.keys(body).sort()).toEqual(
      [
        "asOf",
        "category",
        "chamberId",
        "holder",
        "labelNumber",
        "product",
        "scheme",
        "status",
        "validFrom",
        "validUntil",
      ].sort(),
    );
    expect(body).toMatchObject({
      labelNumber: number,
      status: "granted",
      holder: "Coopérative Tiwizi pour l'argan",
    });
    const holder = soussMassa.members.find((m) => m.id === soussMassa.labelApplications[0]?.memberId);
    const text = response.body;
    for (const secret of [
      holder?.identifiers.ice,
      holder?.identifiers.rc.number,
      holder?.id,
      holder?.contacts.email,
    ]) {
      if (secret) expect(text).not.toContain(secret);
    }
  });

  it("says plainly that a number is unknown (404), suspended or expired", async () => {
    const unknown = await verify("SM-2026-999999");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const statuses = new Map<string, string>();
    for (const app of soussMassa.labelApplications) {
      for (const d of app.decisions)
        if (d.kind === "granted") statuses.set(d.labelNumber, labelStatus(app, today));
    }
    expect([...statuses.values()]).toEqual(expect.arrayContaining(["suspended", "expired"]));
    for (const [labelNumber, status] of statuses) {
      expect((await verify(labelNumber)).json()).toMatchObject({ status });
    }
    expect((await verify("not-a-number")).statusCode).toBe(400);
    expect((await get(`/chambers/ma-06/labels/${number}/verification`, undefined)).statusCode).toBe(404);
  });
});

describe("writes", () => {
  it("replays a decision sent twice with one Idempotency-Key, taking one number", async () => {
    const { application } = await apply({ series: "ID" });
    const audited = await audit(application, today);
    const body = { kind: "granted", date: today, auditId: audited.auditId };
    const headers = { "idempotency-key": `grant-${application.id}` };
    const first = await post(`${at(application)}/decisions`, body, headers);
    const again = await post(`${at(application)}/decisions`, body, headers);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.body).toBe(first.body);
    const stored = await get(at(application));
    expect((stored.json() as LabelApplication).decisions).toHaveLength(1);
  });

  it("refuses a decision on a stale If-Match with 412, changing nothing", async () => {
    const { application } = await apply();
    const read = await get(at(application));
    await audit(application, today);
    const stale = await post(
      `${at(application)}/decisions`,
      { kind: "withdrawn", date: today, reasons: { fr: "Retrait" } },
      { "if-match": read.headers.etag as string },
    );
    expect(stale.statusCode).toBe(412);
    expect((await get(at(application))).json().status).toBe("under_audit");
  });
});

describe("label numbers", () => {
  it("gives 100 concurrent grants the numbers 1 to 100 of the series, without a gap", async () => {
    const first = await apply({ series: "CC" });
    const applications = [first.application];
    for (let i = 1; i < 100; i++) {
      const member = await members.create(t.database.db, { chamberId: "ma-09", input: memberInput(next()) });
      const created = await labels.createApplication(t.database.db, {
        chamberId: "ma-09",
        input: { ...first.application, memberId: member.entity.id },
      });
      applications.push(created.entity);
    }
    const audits: string[] = [];
    for (const application of applications) {
      const audited = await labels.recordAudit(t.database.db, {
        chamberId: "ma-09",
        id: application.id,
        input: auditInput(today),
      });
      audits.push(audited.entity.audits[0]?.id as string);
    }
    const responses = await Promise.all(
      applications.map((application, i) =>
        decide(application, { kind: "granted", date: today, auditId: audits[i] }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(applications.map(() => 201));
    const numbers = responses
      .map((r) => (r.json() as LabelApplication).decisions[0])
      .map((d) => (d?.kind === "granted" ? d.labelNumber : ""))
      .sort();
    const year = today.slice(0, 4);
    expect(numbers).toEqual(
      Array.from({ length: 100 }, (_, i) => `CC-${year}-${String(i + 1).padStart(6, "0")}`),
    );
  }, 120_000);
});

describe("anonymous verification", () => {
  it("is rate limited like every anonymous caller", async () => {
    const limited = await openTestApp({
      env: { GHORFA_RATE_LIMIT: "3", GHORFA_RATE_WINDOW_SECONDS: "3600" },
    });
    try {
      const grant = soussMassa.labelApplications[0]?.decisions[0];
      const url = `/chambers/ma-09/labels/${grant?.kind === "granted" ? grant.labelNumber : ""}/verification`;
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.app.inject({ url })).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expectRateLimited(await limited.app.inject({ url }));
    } finally {
      await limited.close();
    }
  });
});
