import { CONTRACT_VERSION } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe("X-Request-Id", () => {
  it("is on every response: success, problem, unknown route and docs", async () => {
    const requests = [
      { url: "/.well-known/ghorfa" },
      { url: "/chambers/ma-09/members?limit=abc" },
      { url: "/chambers/ma-09/leases" },
      { url: "/no/such/route" },
      { url: "/openapi.json" },
      {
        method: "POST" as const,
        url: "/chambers/ma-09/members",
        headers: { "content-type": "text/plain" },
        payload: "x",
      },
    ];
    for (const request of requests) {
      const response = await t.app.inject(request);
      expect(response.headers["x-request-id"], request.url).toMatch(/^[\x21-\x7E]{1,200}$/);
    }
  });

  it("echoes a sane id the caller sent, and replaces one that is not", async () => {
    const sane = await t.app.inject({
      url: "/chambers",
      headers: { "x-request-id": "01JQ3Z8K5V6W7X8Y9Z0A1B2C3D" },
    });
    expect(sane.headers["x-request-id"]).toBe("01JQ3Z8K5V6W7X8Y9Z0A1B2C3D");
    const insane = await t.app.inject({ url: "/chambers", headers: { "x-request-id": "a b\tc" } });
    expect(insane.statusCode).toBe(200);
    expect(insane.headers["x-request-id"]).not.toBe("a b\tc");
    expect(insane.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is the problem's requestId", async () => {
    const response = await t.app.inject({
      url: "/chambers/ma-09/leases",
      headers: { "x-request-id": "trace-42" },
    });
    expect(response.json().requestId).toBe("trace-42");
  });
});

describe("Ghorfa-Version", () => {
  it("answers with the version used: the one asked for, or the current one", async () => {
    const asked = await t.app.inject({ url: "/chambers", headers: { "ghorfa-version": CONTRACT_VERSION } });
    expect(asked.headers["ghorfa-version"]).toBe(CONTRACT_VERSION);
    const none = await t.app.inject({ url: "/chambers" });
    expect(none.headers["ghorfa-version"]).toBe(CONTRACT_VERSION);
  });

  it("answers a version it does not speak with 400 unsupported-version", async () => {
    for (const version of ["1999-01-01", "latest"]) {
      const response = await t.app.inject({ url: "/chambers", headers: { "ghorfa-version": version } });
      expect(response.statusCode).toBe(400);
      expect(response.json().type).toBe("https://ghorfa.ma/problems/unsupported-version");
      expect(response.headers["ghorfa-version"]).toBe(CONTRACT_VERSION);
    }
  });

  it("is on problems raised before any route runs: an unknown route, a URL the router cannot read", async () => {
    for (const url of ["/no/such/route", "/chambers/ma-09/members/%E0%A4%A"]) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.headers["ghorfa-version"], url).toBe(CONTRACT_VERSION);
    }
  });
});

describe("problems", () => {
  it("say the language of their title in Content-Language, on every kind of refusal", async () => {
    for (const language of ["ar-MA", "fr-MA", "en", "zgh"]) {
      for (const url of ["/no/such/route", "/chambers/ma-09/leases", "/chambers/ma-09/members?limit=abc"]) {
        const response = await t.app.inject({ url, headers: { "accept-language": language } });
        expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
        expect(response.headers["content-language"], `${url} in ${language}`).toBe(language);
      }
    }
  });

  it("answers an unknown route with 404 problem+json", async () => {
    const response = await t.app.inject({ url: "/chambers/ma-09/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: "https://ghorfa.ma/problems/not-found", status: 404 });
  });

  it("answers a body that is not JSON with 400 validation at /body", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/chambers/ma-09/members",
      headers: { authorization: t.keys.soussMassa, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe("/body");
  });

  it("answers a failure of the node with 500 problem+json that shows no stack", async () => {
    const { openTestApp: open } = await import("./app-fixture");
    const broken = await open();
    await broken.database.close();
    const response = await broken.app.inject({
      url: "/chambers/ma-09/members",
      headers: { authorization: broken.keys.soussMassa },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ type: "https://ghorfa.ma/problems/internal", status: 500 });
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(response.body).not.toMatch(/Error:/);
    await broken.app.close();
  });
});
