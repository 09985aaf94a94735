import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members } from "../src/services";
import { memberInput } from "../src/services/test-inputs";
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
});
