import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ logs: sink });
});
afterAll(() => t.close());

const email = "fatima.zahra@example.ma";
const phone = "+212661234567";

describe("logs", () => {
  it("write one JSON line per request, with no API key and no member's personal data", async () => {
    const secret = t.keys.soussMassa.slice("Bearer ".length);
    const headers = {
      authorization: t.keys.soussMassa,
      "content-type": "application/json",
      "x-request-id": "log-test-1",
    };
    const member = memberInput(9101, { contacts: { email, phone } });
    const created = await t.app.inject({
      method: "POST",
      url: "/chambers/ma-09/members",
      headers,
      payload: member,
    });
    expect(created.statusCode).toBe(201);
    await t.app.inject({ url: `/chambers/ma-09/members?q=${encodeURIComponent(email)}`, headers });
    await t.app.inject({ url: `/chambers/ma-09/members?q=${encodeURIComponent(phone)}`, headers });
    await t.app.inject({ url: `/chambers/ma-09/members/${encodeURIComponent(email)}`, headers });
    await t.app.inject({ url: `/people/${encodeURIComponent(phone)}`, headers });
    await t.app.inject({
      method: "POST",
      url: "/chambers/ma-09/members",
      headers,
      payload: { ...member, legalName: "" },
    });
    await t.app.inject({ url: "/admin/keys", headers: { authorization: t.keys.operator } });

    const all = lines.join("\n");
    for (const forbidden of [
      secret,
      t.keys.operator.slice("Bearer ".length),
      email,
      phone,
      "fatima",
      "661234567",
    ]) {
      expect(all).not.toContain(forbidden);
    }
    expect(all).not.toContain(encodeURIComponent(email));
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "request");
    expect(requests).toHaveLength(7);
    expect(requests[0]).toMatchObject({
      requestId: "log-test-1",
      method: "POST",
      route: "/chambers/:chamberId/members",
      status: 201,
      chamber: "ma-09",
    });
    expect(requests[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(requests[0].keyId).toMatch(/^key_ma-09_/);
    expect(requests[4]).toMatchObject({ route: "(unmatched)", status: 404 });
  });
});

describe("logs of a failure", () => {
  it("keep the error's type and place, but not the query's parameters", async () => {
    const failing: string[] = [];
    const failingSink = new Writable({
      write(chunk, _encoding, done) {
        failing.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    const broken = await openTestApp({ logs: failingSink });
    await broken.database.close();
    const response = await broken.app.inject({
      url: `/chambers/ma-09/members?q=${encodeURIComponent(email)}`,
      headers: { authorization: broken.keys.soussMassa },
    });
    expect(response.statusCode).toBe(500);
    await broken.app.close();
    const all = failing.join("\n");
    const errorLine = failing.map((line) => JSON.parse(line)).find((entry) => entry.msg === "request failed");
    expect(errorLine?.err?.stack).toMatch(/at /);
    expect(all).not.toContain(email);
    expect(all).not.toMatch(/params:|secret_hash|Failed query/);
    expect(all).not.toContain(broken.keys.soussMassa.slice("Bearer ".length));
  });
});
