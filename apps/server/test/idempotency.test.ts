import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys } from "../src/db/schema";
import { idempotency, leases, members } from "../src/services";
import { leaseInput, memberInput, tenantAndUnit } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const post = (key: string, body: unknown, authorization = t.keys.soussMassa) =>
  t.app.inject({
    method: "POST",
    url: "/chambers/ma-09/members",
    headers: { authorization, "idempotency-key": key, "content-type": "application/json" },
    payload: body as object,
  });

const countByIce = async (ice: string) =>
  (await members.list(t.database.db, { chamberId: "ma-09", limit: 100, q: ice })).items.filter(
    (m) => m.identifiers.ice === ice,
  ).length;

describe("Idempotency-Key", () => {
  it("runs 50 concurrent POSTs with one key once, and answers all 50 alike", async () => {
    const body = memberInput(5001);
    const responses = await Promise.all(Array.from({ length: 50 }, () => post("race-5001", body)));
    const first = responses[0];
    expect(first?.statusCode).toBe(201);
    for (const response of responses) {
      expect(response.statusCode).toBe(201);
      expect(response.body).toBe(first?.body);
      expect(response.headers.etag).toBe(first?.headers.etag);
      expect(response.headers.location).toBe(first?.headers.location);
    }
    expect(await countByIce(body.identifiers.ice)).toBe(1);
    expect(responses.filter((r) => r.headers["idempotent-replayed"] === "true")).toHaveLength(49);
  });

  it("answers a retry with the first response and writes nothing", async () => {
    const body = memberInput(5002);
    const first = await post("retry-5002", body);
    const again = await post("retry-5002", { ...body });
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(await countByIce(body.identifiers.ice)).toBe(1);
  });

  it("refuses the same key with another body with 422 idempotency-conflict, changing nothing", async () => {
    const body = memberInput(5003);
    await post("conflict-5003", body);
    const other = memberInput(5004);
    const response = await post("conflict-5003", other);
    expect(response.statusCode).toBe(422);
    expect(response.json().type).toBe("https://ghorfa.ma/problems/idempotency-conflict");
    expect(await countByIce(other.identifiers.ice)).toBe(0);
  });

  it("takes a retry sent with another key of the same chamber (a rotation) for the same request", async () => {
    const rotated = await t.keyFor("ma-09", ["members:write"]);
    const body = memberInput(5005);
    const a = await post("rotated-5005", body);
    const b = await post("rotated-5005", body, rotated);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.body).toBe(a.body);
    expect(b.headers["idempotent-replayed"]).toBe("true");
    expect(await countByIce(body.identifiers.ice)).toBe(1);
    const other = await post("rotated-5005", memberInput(5006), rotated);
    expect(other.statusCode).toBe(422);
  });

  it("keeps the keys of two chambers apart", async () => {
    const body = memberInput(5008);
    const agadir = await post("chambers-5008", body);
    const casablanca = await t.app.inject({
      method: "POST",
      url: "/chambers/ma-06/members",
      headers: {
        authorization: t.keys.casablanca,
        "idempotency-key": "chambers-5008",
        "content-type": "application/json",
      },
      payload: body,
    });
    expect(agadir.statusCode).toBe(201);
    expect(casablanca.statusCode).toBe(201);
    expect(casablanca.json().id).not.toBe(agadir.json().id);
  });

  it("does not keep a refused request: a corrected retry with the same key runs", async () => {
    const bad = await post("fix-5007", { ...memberInput(5007), legalName: "" });
    expect(bad.statusCode).toBe(400);
    const good = await post("fix-5007", memberInput(5007));
    expect(good.statusCode).toBe(201);
  });

  it("answers 409 with Retry-After while a claim-first node's key is unfinished, writing nothing", async () => {
    const body = memberInput(5009);
    await t.database.db.insert(idempotencyKeys).values({
      owner: "chamber:ma-09",
      method: "POST",
      route: "/chambers/ma-09/members",
      key: "unfinished-5009",
      requestHash: idempotency.hashRequest(body),
      status: "in_progress",
    });
    const response = await post("unfinished-5009", body);
    expect(response.statusCode).toBe(409);
    expect(response.headers["retry-after"]).toBe("1");
    expect(await countByIce(body.identifiers.ice)).toBe(0);
  });

  it("takes over a key past its 24 hours for a new request, and replays that one after", async () => {
    await t.database.db.insert(idempotencyKeys).values({
      owner: "chamber:ma-09",
      method: "POST",
      route: "/chambers/ma-09/members",
      key: "expired-5010",
      requestHash: idempotency.hashRequest({ another: "request" }),
      status: "done",
      responseStatus: 201,
      responseBody: "{}",
      responseHeaders: {},
      createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000),
    });
    const body = memberInput(5010);
    const first = await post("expired-5010", body);
    expect(first.statusCode).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    const again = await post("expired-5010", body);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toBe(first.body);
    expect(await countByIce(body.identifiers.ice)).toBe(1);
  });
});

describe("Idempotency-Key on a write that conflicts with nothing else", () => {
  // A payment has no unique field: only the key keeps 30 racers from making 30 payments, and the
  // losers' receipt numbers must go back, so that the year's numbering stays without a gap.
  it("records 30 concurrent payments with one key once, and the next payment takes the next number", async () => {
    const refs = await tenantAndUnit(t.database.db, "ma-09", 5020);
    const lease = await leases.create(t.database.db, {
      chamberId: "ma-09",
      input: leaseInput(refs, { start: "2032-01-01", termMonths: 60 }),
    });
    await leases.setStatus(t.database.db, { chamberId: "ma-09", id: lease.entity.id, status: "active" });
    const pay = (key: string, reference: string) =>
      t.app.inject({
        method: "POST",
        url: `/chambers/ma-09/leases/${lease.entity.id}/payments`,
        headers: {
          authorization: t.keys.soussMassa,
          "idempotency-key": key,
          "content-type": "application/json",
        },
        payload: {
          kind: "charges",
          amount: { amount: 100, currency: "MAD" },
          method: "cash",
          paidOn: "2033-03-01",
          reference,
        },
      });
    const responses = await Promise.all(Array.from({ length: 30 }, () => pay("payment-5020", "R-5020")));
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(201);
      expect(response.body).toBe(responses[0]?.body);
    }
    expect(responses.filter((r) => r.headers["idempotent-replayed"] === "true")).toHaveLength(29);
    expect(responses[0]?.json().receiptNumber).toBe("2033-000001");
    const next = await pay("payment-5021", "R-5021");
    expect(next.json().receiptNumber).toBe("2033-000002");
  });
});
