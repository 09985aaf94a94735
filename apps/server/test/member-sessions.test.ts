import type { Lease, ServiceRequest } from "@ghorfa/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leases, payments, serviceCatalogue, serviceRequests } from "../src/services";
import { openTestApp, type TestApp } from "./app-fixture";
import { makeAccount, SAME_ORIGIN, sessionCookieFor } from "./auth-helpers";

// A member's session (role `member`) sees only its own member's records: the contract's
// MEMBER_ROUTES in full but filtered, everything else as anyone sees it.

let t: TestApp;
let cookie: string;
let mine: Lease;
let theirs: Lease;
let myRequest: ServiceRequest;
let theirRequest: ServiceRequest;
let serviceId: string;

const problemType = (kind: string) => `https://ghorfa.ma/problems/${kind}`;
const get = (url: string) => t.app.inject({ url, headers: { cookie } });
const post = (url: string, payload: unknown) =>
  t.app.inject({ method: "POST", url, headers: { cookie, origin: SAME_ORIGIN }, payload: payload as never });

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  const all = (await leases.list(db, { chamberId: "ma-09", limit: 100, status: "active" })).items;
  mine = all[0] as Lease;
  theirs = all.find((lease) => lease.tenantId !== mine.tenantId) as Lease;
  expect(theirs).toBeDefined();
  for (const lease of [mine, theirs]) {
    await payments.create(db, {
      chamberId: "ma-09",
      leaseId: lease.id,
      input: {
        kind: "rent",
        period: { from: "2026-03", to: "2026-03" },
        amount: lease.monthlyRent,
        method: "bank_transfer",
        paidOn: "2026-03-05",
      } as never,
    });
  }
  const catalogue = await serviceCatalogue.list(db, { chamberId: "ma-09", limit: 100, active: true });
  const service = catalogue.items.find((s) => s.fee.kind !== "per_mille");
  if (!service) throw new Error("no service with a fixed fee");
  serviceId = service.id;
  const requestFor = async (memberId: string) =>
    (
      await serviceRequests.create(db, {
        chamberId: "ma-09",
        input: { serviceId: service.id, memberId, documents: [] } as never,
      })
    ).entity;
  myRequest = await requestFor(mine.tenantId);
  theirRequest = await requestFor(theirs.tenantId);
  cookie = await sessionCookieFor(t, await makeAccount(t, { role: "member", memberId: mine.tenantId }));
});
afterAll(() => t.close());

const expectNotFound = async (url: string) => {
  const response = await get(url);
  expect(response.statusCode, url).toBe(404);
  expect(response.json().type).toBe(problemType("not-found"));
};

describe("a member's session, on its own records", () => {
  it("reads its member record in full, and another member's as not found", async () => {
    const own = await get(`/chambers/ma-09/members/${mine.tenantId}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers["ghorfa-view"]).toBe("full");
    expect(own.json().id).toBe(mine.tenantId);
    await expectNotFound(`/chambers/ma-09/members/${theirs.tenantId}`);
  });

  it("lists its own leases only, whatever the filters ask", async () => {
    const listed = await get("/chambers/ma-09/leases?limit=100");
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as Lease[];
    expect(items.map((l) => l.id)).toContain(mine.id);
    expect(items.every((l) => l.tenantId === mine.tenantId)).toBe(true);
    const expected = await leases.list(t.database.db, {
      chamberId: "ma-09",
      limit: 100,
      tenantId: mine.tenantId,
    });
    expect(items.map((l) => l.id)).toEqual(expected.items.map((l) => l.id));
    const asked = await get(`/chambers/ma-09/leases?tenantId=${theirs.tenantId}`);
    expect(asked.json().items).toEqual([]);
  });

  it("reads its own lease, its payments and receipts, and another member's as not found", async () => {
    expect((await get(`/chambers/ma-09/leases/${mine.id}`)).statusCode).toBe(200);
    const paid = await get(`/chambers/ma-09/leases/${mine.id}/payments`);
    expect(paid.statusCode).toBe(200);
    const receipt = paid.json().items[0].receiptNumber;
    expect((await get(`/chambers/ma-09/receipts/${receipt}`)).statusCode).toBe(200);

    await expectNotFound(`/chambers/ma-09/leases/${theirs.id}`);
    await expectNotFound(`/chambers/ma-09/leases/${theirs.id}/payments`);
    const theirPayments = await payments.list(t.database.db, {
      chamberId: "ma-09",
      leaseId: theirs.id,
      limit: 1,
    });
    await expectNotFound(`/chambers/ma-09/receipts/${theirPayments.items[0]?.receiptNumber}`);
  });

  it("lists and reads its own service requests only", async () => {
    const listed = await get("/chambers/ma-09/service-requests?limit=100");
    expect(listed.statusCode).toBe(200);
    const ids = (listed.json().items as ServiceRequest[]).map((r) => r.id);
    expect(ids).toContain(myRequest.id);
    expect(ids).not.toContain(theirRequest.id);
    expect((listed.json().items as ServiceRequest[]).every((r) => r.memberId === mine.tenantId)).toBe(true);
    expect((await get(`/chambers/ma-09/service-requests/${myRequest.id}`)).statusCode).toBe(200);
    await expectNotFound(`/chambers/ma-09/service-requests/${theirRequest.id}`);
  });

  it("submits a service request for itself, and is refused one for another member or a person (403)", async () => {
    const url = "/chambers/ma-09/service-requests";
    const own = await post(url, { serviceId, memberId: mine.tenantId, documents: [] });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().memberId).toBe(mine.tenantId);
    const before = await serviceRequests.list(t.database.db, { chamberId: "ma-09", limit: 100 });
    for (const body of [
      { serviceId, memberId: theirs.tenantId, documents: [] },
      { serviceId, requester: { name: "Quelqu'un", phone: "+212661234567" }, documents: [] },
    ]) {
      const refused = await post(url, body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().type).toBe(problemType("forbidden"));
    }
    const after = await serviceRequests.list(t.database.db, { chamberId: "ma-09", limit: 100 });
    expect(after.items.length).toBe(before.items.length);
  });
});

describe("a member's Idempotency-Keys", () => {
  it("are its own: the staff's answer under the same key is never replayed to it", async () => {
    const url = "/chambers/ma-09/service-requests";
    const body = { serviceId, memberId: mine.tenantId, documents: [] };
    const key = `member-key-${Date.now()}`;
    const staff = await t.app.inject({
      method: "POST",
      url,
      headers: { authorization: t.keys.soussMassa, "idempotency-key": key },
      payload: body,
    });
    expect(staff.statusCode).toBe(201);
    const member = await t.app.inject({
      method: "POST",
      url,
      headers: { cookie, origin: SAME_ORIGIN, "idempotency-key": key },
      payload: body,
    });
    expect(member.statusCode).toBe(201);
    expect(member.headers["idempotent-replayed"]).toBeUndefined();
    expect(member.json().id).not.toBe(staff.json().id);
  });
});

describe("a member's session, elsewhere", () => {
  it("gets what anyone gets of public routes, and the public view of the directory", async () => {
    expect((await get("/chambers/ma-09")).statusCode).toBe(200);
    expect((await get("/chambers")).statusCode).toBe(200);
    expect((await get("/chambers/ma-09/upcoming-events")).statusCode).toBe(200);
    const directory = await get("/chambers/ma-09/members");
    expect(directory.statusCode).toBe(200);
    expect(directory.headers["ghorfa-view"]).toBe("public");
    const services = await get("/chambers/ma-09/services");
    expect(services.headers["ghorfa-view"]).toBe("public");
  });

  it("is refused the staff's reads and every write but its own service requests (403)", async () => {
    for (const url of [
      "/chambers/ma-09/events",
      "/chambers/ma-09/units",
      "/chambers/ma-09/reports/rent-roll?month=2026-01",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(403);
    }
    const writes = [
      t.app.inject({
        method: "PATCH",
        url: `/chambers/ma-09/members/${mine.tenantId}`,
        headers: { cookie, origin: SAME_ORIGIN, "if-match": '"1"' },
        payload: { names: { fr: "Autre nom" } },
      }),
      post(`/chambers/ma-09/leases/${mine.id}/payments`, {
        kind: "rent",
        period: { from: "2026-04", to: "2026-04" },
        amount: mine.monthlyRent,
        method: "cash",
        paidOn: "2026-04-05",
      }),
      post(`/chambers/ma-09/leases/${mine.id}/status`, { status: "terminated" }),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode, response.body).toBe(403);
    }
  });

  it("reads nothing of another chamber's leases, and only the public view of its directory", async () => {
    expect((await get("/chambers/ma-06/leases")).statusCode).toBe(403);
    expect((await get(`/chambers/ma-06/leases/${mine.id}`)).statusCode).toBe(403);
    expect((await get("/chambers/ma-06/members")).headers["ghorfa-view"]).toBe("public");
  });
});
