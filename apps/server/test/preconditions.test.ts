import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members } from "../src/services";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

let t: TestApp;
let n = 8000;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

async function newMember() {
  const created = await members.create(t.database.db, { chamberId: "ma-09", input: memberInput(++n) });
  return { id: created.entity.id, url: `/chambers/ma-09/members/${created.entity.id}` };
}

const patch = (url: string, headers: Record<string, string>, body: object = { legalName: "Renamed SARL" }) =>
  t.app.inject({
    method: "PATCH",
    url,
    headers: { authorization: t.keys.soussMassa, "content-type": "application/json", ...headers },
    payload: body,
  });

describe("ETag and If-Match", () => {
  it("tags a read with the record's version and moves the tag on each change", async () => {
    const { url } = await newMember();
    const read = await t.app.inject({ url, headers: { authorization: t.keys.soussMassa } });
    expect(read.headers.etag).toBe('"1"');
    const changed = await patch(url, { "if-match": '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json().legalName).toBe("Renamed SARL");
  });

  it("answers an update without If-Match with 428 and changes nothing", async () => {
    const { id, url } = await newMember();
    const response = await patch(url, {});
    expect(response.statusCode).toBe(428);
    expect(response.json().type).toBe("https://ghorfa.ma/problems/precondition-required");
    expect((await members.get(t.database.db, { chamberId: "ma-09", id })).version).toBe(1);
  });

  it("answers a stale If-Match with 412 and changes nothing", async () => {
    const { id, url } = await newMember();
    await patch(url, { "if-match": '"1"' });
    const stale = await patch(url, { "if-match": '"1"' }, { legalName: "Lost Update SARL" });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().type).toBe("https://ghorfa.ma/problems/precondition-failed");
    const current = await members.get(t.database.db, { chamberId: "ma-09", id });
    expect(current.entity.legalName).toBe("Renamed SARL");
    expect(current.version).toBe(2);
  });

  it("never takes the public view's tag for the record's", async () => {
    const { url } = await newMember();
    await t.app.inject({
      method: "POST",
      url: `${url}/status`,
      headers: { authorization: t.keys.soussMassa, "content-type": "application/json" },
      payload: { status: "active" },
    });
    const publicRead = await t.app.inject({ url });
    expect(publicRead.headers.etag).toBe('"2-public"');
    expect((await patch(url, { "if-match": publicRead.headers.etag as string })).statusCode).toBe(412);
  });

  it("answers 304 to a read whose If-None-Match is the current tag", async () => {
    const { url } = await newMember();
    const headers = { authorization: t.keys.soussMassa };
    const read = await t.app.inject({ url, headers });
    const again = await t.app.inject({
      url,
      headers: { ...headers, "if-none-match": read.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });
});

describe("status transitions", () => {
  it("answers a forbidden move with 409 invalid-transition and the allowed next states", async () => {
    const { id, url } = await newMember();
    const response = await t.app.inject({
      method: "POST",
      url: `${url}/status`,
      headers: { authorization: t.keys.soussMassa, "content-type": "application/json" },
      payload: { status: "suspended" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: "https://ghorfa.ma/problems/invalid-transition",
      allowed: ["active", "struck_off"],
    });
    expect((await members.get(t.database.db, { chamberId: "ma-09", id })).entity.status).toBe("pending");
  });
});
