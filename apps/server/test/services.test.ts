import { fieldLabel, loadCatalogs, t as translate } from "@ghorfa/i18n";
import { formatDocumentNumber, type Service, type ServiceRequest } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceCatalogue, serviceRequests } from "../src/services";
import { moroccanDate } from "../src/services/today";
import { openTestApp, type TestApp } from "./app-fixture";

// The proximity services platform over HTTP (issue 13): the public catalogue, each lifecycle of
// a request, the fee frozen at submission, documents by digest, and gap-free document numbers.

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await loadCatalogs();
});
afterAll(() => t.close());

const base = "/chambers/ma-09";
let keys = 0;
const send = (
  method: "GET" | "POST" | "PATCH",
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url,
    headers: {
      authorization: t.keys.soussMassa,
      ...(payload === undefined
        ? {}
        : { "content-type": "application/json", "idempotency-key": `svc-${keys++}` }),
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });

const byCode = (code: string) => {
  const service = soussMassa.services.find((s) => s.code === code);
  if (!service) throw new Error(code);
  return service;
};
const certificate = byCode("CERT-ORIGIN");
const domiciliation = byCode("DOMICILIATION");
const member = soussMassa.members.find((m) => m.status === "active");
const pdf = {
  name: "facture.pdf",
  mediaType: "application/pdf",
  sizeBytes: 120_000,
  sha256: "ab".repeat(32),
};
const today = moroccanDate(new Date());

async function submit(body: object) {
  const response = await send("POST", `${base}/service-requests`, body);
  return response;
}

async function certificateRequest(invoiceDirhams = 500_000): Promise<ServiceRequest> {
  const response = await submit({
    serviceId: certificate.id,
    memberId: member?.id,
    declaredValue: { amount: invoiceDirhams * 100, currency: "MAD" },
    documents: [pdf],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const move = (id: string, status: string, extra: object = {}) =>
  send("POST", `${base}/service-requests/${id}/status`, { status, ...extra });

describe("the public catalogue", () => {
  it("lists the services on offer without a key, and hides one no longer offered", async () => {
    const anonymous = await t.app.inject({ url: `${base}/services?limit=100` });
    expect(anonymous.statusCode).toBe(200);
    const codes = (anonymous.json().items as Service[]).map((s) => s.code);
    expect(codes).toContain("CERT-ORIGIN");
    expect(codes).not.toContain("CERT-ORIGIN-PAPER");
    const staff = await send("GET", `${base}/services?limit=100`);
    expect((staff.json().items as Service[]).map((s) => s.code)).toContain("CERT-ORIGIN-PAPER");
    const inactive = byCode("CERT-ORIGIN-PAPER");
    expect((await t.app.inject({ url: `${base}/services/${inactive.id}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${base}/services/${certificate.id}` })).json()).toEqual(certificate);
  });

  it("serves the holiday calendar of a year without a key, official and approximate dates marked", async () => {
    const response = await t.app.inject({ url: `${base}/holidays?year=2026` });
    expect(response.statusCode).toBe(200);
    const { holidays } = response.json() as { holidays: { date: string; code: string; basis: string }[] };
    expect(holidays.find((h) => h.date === "2026-03-20")).toMatchObject({
      code: "eid_al_fitr",
      basis: "official",
    });
    expect(holidays.find((h) => h.code === "eid_al_adha")?.basis).toBe("approximate");
    expect(holidays.find((h) => h.date === "2026-10-31")?.code).toBe("unity_day");
  });
});

describe("a service request", () => {
  it("walks submitted → in_review → needs_information → in_review → approved → delivered, numbered on delivery", async () => {
    const request = await certificateRequest();
    expect(request).toMatchObject({ status: "submitted", submittedOn: today, fee: { amount: 50_000 } });
    expect(request.dueOn > today).toBe(true);
    const asked = await move(request.id, "needs_information", {});
    expect(asked.statusCode).toBe(409);
    expect(asked.json().allowed).toEqual(["in_review", "rejected", "withdrawn"]);
    for (const [status, extra] of [
      ["in_review", {}],
      ["needs_information", { reason: "Joindre la liste de colisage." }],
      ["in_review", {}],
      ["approved", {}],
    ] as const) {
      const moved = await move(request.id, status, extra);
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json().status).toBe(status);
    }
    const delivered = await move(request.id, "delivered");
    expect(delivered.statusCode, delivered.body).toBe(200);
    const body = delivered.json() as ServiceRequest;
    expect(body.deliveredOn).toBe(today);
    expect(body.documentNumber).toMatch(new RegExp(`^CO-${today.slice(0, 4)}-\\d{6}$`));
    expect((await move(request.id, "in_review")).statusCode).toBe(409);
  });

  it("is rejected or withdrawn only with a reason, from an open status", async () => {
    for (const status of ["rejected", "withdrawn"]) {
      const request = await certificateRequest();
      const bare = await move(request.id, status, {});
      expect(bare.statusCode).toBe(400);
      expect(bare.json().errors.map((e: { code: string }) => e.code)).toEqual([
        "service_request_reason_required",
      ]);
      const closed = await move(request.id, status, { reason: "Dossier incomplet." });
      expect(closed.statusCode).toBe(200);
      expect(closed.json()).toMatchObject({ status, reason: "Dossier incomplet." });
      expect((await move(request.id, "in_review")).statusCode).toBe(409);
    }
  });

  it("keeps the fee it was given when the service's fee changes", async () => {
    const created = await serviceCatalogue.create(t.database.db, {
      chamberId: "ma-09",
      input: {
        code: "FROZEN-FEE",
        names: { fr: "Service à tarif changeant" },
        category: "information",
        audience: "anyone",
        requiredDocuments: [],
        fee: { kind: "fixed", amount: { amount: 20_000, currency: "MAD" } },
        serviceLevelDays: 2,
        channel: "both",
        active: true,
      },
    });
    const submitted = await submit({
      serviceId: created.entity.id,
      requester: { name: "Aicha Ben", email: "aicha@example.ma" },
      documents: [],
    });
    expect(submitted.json().fee).toEqual({ amount: 20_000, currency: "MAD" });
    const changed = await send(
      "PATCH",
      `${base}/services/${created.entity.id}`,
      { fee: { kind: "fixed", amount: { amount: 90_000, currency: "MAD" } } },
      { "if-match": `"${created.version}"` },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const again = await send("GET", `${base}/service-requests/${submitted.json().id}`);
    expect(again.json().fee).toEqual({ amount: 20_000, currency: "MAD" });
    const later = await submit({
      serviceId: created.entity.id,
      requester: { name: "Aicha Ben", email: "aicha@example.ma" },
      documents: [],
    });
    expect(later.json().fee).toEqual({ amount: 90_000, currency: "MAD" });
  });

  it("refuses a document reference without its SHA-256, and writes nothing", async () => {
    const before = (await serviceRequests.list(t.database.db, { chamberId: "ma-09", limit: 100 })).items
      .length;
    const { sha256: _sha, ...hashless } = pdf;
    const refused = await submit({
      serviceId: certificate.id,
      memberId: member?.id,
      declaredValue: { amount: 10_000_000, currency: "MAD" },
      documents: [hashless],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].pointer).toBe("/body/documents/0/sha256");
    const after = (await serviceRequests.list(t.database.db, { chamberId: "ma-09", limit: 100 })).items
      .length;
    expect(after).toBe(before);
  });

  it("refuses a members-only service without a member, and a per-mille fee without a declared value, in the caller's language", async () => {
    const refused = await send(
      "POST",
      `${base}/service-requests`,
      { serviceId: certificate.id, requester: { name: "Passant", phone: "0661234567" }, documents: [pdf] },
      { "accept-language": "fr-MA" },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        pointer: "/body/memberId",
        code: "service_members_only",
        message: translate("fr-MA", "issue.service_members_only", {
          field: fieldLabel("fr-MA", ["memberId"]),
        }),
      },
      {
        pointer: "/body/declaredValue",
        code: "service_declared_value_required",
        message: translate("fr-MA", "issue.service_declared_value_required", {
          field: fieldLabel("fr-MA", ["declaredValue"]),
        }),
      },
    ]);
  });

  it("takes a person's request for a service open to anyone, at the price for others", async () => {
    const response = await submit({
      serviceId: domiciliation.id,
      requester: { name: "Younes Ait Baha", phone: "06 61 23 45 67" },
      documents: [pdf],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      requester: { phone: "+212661234567" },
      fee: { amount: 80_000, currency: "MAD" },
    });
  });

  it("is assigned to an agent with If-Match", async () => {
    const request = await certificateRequest();
    const read = await send("GET", `${base}/service-requests/${request.id}`);
    const assigned = await send(
      "PATCH",
      `${base}/service-requests/${request.id}`,
      { assignedTo: "khadija.elidrissi@ccis-agadir.ma" },
      { "if-match": read.headers.etag as string },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      assignedTo: "khadija.elidrissi@ccis-agadir.ma",
      fee: request.fee,
    });
    const stale = await send(
      "PATCH",
      `${base}/service-requests/${request.id}`,
      { assignedTo: "Autre agent" },
      { "if-match": read.headers.etag as string },
    );
    expect(stale.statusCode).toBe(412);
  });
});

describe("announced holidays", () => {
  it("move a computed Eid to the announced date, and due dates count with it", async () => {
    const year = Number(today.slice(0, 4)) + 1;
    const before = (await t.app.inject({ url: `${base}/holidays?year=${year}` })).json();
    const eid = before.holidays.find((h: { code: string }) => h.code === "eid_al_adha");
    const announcedDay = new Date(Date.parse(`${eid.date}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const announced = await send("POST", `${base}/holidays`, { date: announcedDay, code: "eid_al_adha" });
    expect(announced.statusCode, announced.body).toBe(200);
    const after = (await t.app.inject({ url: `${base}/holidays?year=${year}` })).json();
    const days = after.holidays.filter((h: { code: string }) => h.code === "eid_al_adha");
    expect(days.map((h: { date: string; basis: string }) => [h.date, h.basis])[0]).toEqual([
      announcedDay,
      "announced",
    ]);
    const refused = await send("POST", `${base}/holidays`, { date: announcedDay, code: "throne_day" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].code).toBe("holiday_unknown");
  });

  it("need services:write", async () => {
    const reader = await t.keyFor("ma-09", ["services:read"]);
    const response = await send(
      "POST",
      `${base}/holidays`,
      { date: "2027-02-02", code: "exceptional", names: { fr: "Exceptionnel" } },
      { authorization: reader },
    );
    expect(response.statusCode).toBe(403);
  });
});

describe("document numbers", () => {
  it("number 100 concurrent deliveries 1 to 100 in their series and year, with no gap and no repeat", async () => {
    const series = await serviceCatalogue.create(t.database.db, {
      chamberId: "ma-09",
      input: {
        code: "CONCURRENT-CERT",
        names: { fr: "Attestation d'essai" },
        category: "formalities_certificates",
        audience: "members_only",
        requiredDocuments: [],
        fee: { kind: "fixed", amount: { amount: 10_000, currency: "MAD" } },
        serviceLevelDays: 1,
        channel: "online",
        active: true,
        documentSeries: "TX",
      },
    });
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const created = await serviceRequests.create(t.database.db, {
        chamberId: "ma-09",
        input: { serviceId: series.entity.id, memberId: member?.id, documents: [] },
      });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      await serviceRequests.setStatus(t.database.db, { ...ref, status: "in_review" });
      await serviceRequests.setStatus(t.database.db, { ...ref, status: "approved" });
      ids.push(created.entity.id);
    }
    const responses = await Promise.all(ids.map((id) => move(id, "delivered")));
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const year = Number(responses[0]?.json().deliveredOn.slice(0, 4));
    const numbers = responses.map((r) => r.json().documentNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => formatDocumentNumber("TX", year, i + 1)));
  });
});

describe("the service reports", () => {
  it("count requests by service and status, as the fixtures hold them", async () => {
    const response = await send("GET", `${base}/reports/service-requests?from=2026-01-01&to=2026-03-31`);
    expect(response.statusCode).toBe(200);
    const line = response.json().items.find((i: { serviceId: string }) => i.serviceId === certificate.id);
    const fixtures = soussMassa.serviceRequests.filter((r) => r.serviceId === certificate.id);
    expect(line.total).toBe(fixtures.length);
    expect(line.counts.delivered).toBe(fixtures.filter((r) => r.status === "delivered").length);
  });

  it("give the share delivered on time by month, and refuse a reversed span", async () => {
    const response = await send("GET", `${base}/reports/service-level?from=2026-01&to=2026-03`);
    expect(response.statusCode).toBe(200);
    const delivered = soussMassa.serviceRequests.filter((r) => r.deliveredOn?.startsWith("2026-01"));
    const january = response.json().months[0];
    expect(january).toMatchObject({
      month: "2026-01",
      delivered: delivered.length,
      onTime: delivered.filter((r) => (r.deliveredOn ?? "") <= r.dueOn).length,
    });
    const reversed = await send("GET", `${base}/reports/service-level?from=2026-03&to=2026-01`);
    expect(reversed.statusCode).toBe(400);
  });

  it("are the chamber's own: another chamber's key is forbidden", async () => {
    const response = await t.app.inject({
      url: `${base}/reports/service-level?from=2026-01&to=2026-03`,
      headers: { authorization: t.keys.casablanca },
    });
    expect(response.statusCode).toBe(403);
  });
});
