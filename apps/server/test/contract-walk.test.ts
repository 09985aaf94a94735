import { CONTRACT_VERSION, routeList, routes } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter, entitledSample } from "./callers";

let t: TestApp;
const called = new Set<string>();
const next = counter(1000);

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe("every route of the contract", () => {
  for (const route of routeList) {
    it(`${route.key}: ${route.method} ${route.path} answers ${route.successStatus} in the shape the contract gives`, async () => {
      const response = await t.app.inject(await entitledSample(t, route, next));
      called.add(route.key);

      expect(response.statusCode, response.body).toBe(route.successStatus);
      expect(response.headers["x-request-id"]).toBeTruthy();
      expect(response.headers["ghorfa-version"]).toBe(CONTRACT_VERSION);
      const schema = route.responses[route.successStatus];
      if (schema) expect(schema.safeParse(response.json()).error).toBeUndefined();
      else expect(response.body).toBe("");
      if (route.etag) expect(response.headers.etag).toMatch(/^"[^"]+"$/);
      if (route.successStatus === 201) expect(response.headers.location).toMatch(/^\//);
      if (route.localized) expect(response.headers["content-language"]).toBeTruthy();
      if (route.access.kind === "public-view") expect(response.headers["ghorfa-view"]).toBe("full");
    });
  }

  it("called each of them", () => {
    expect([...called].sort()).toEqual(Object.keys(routes).sort());
  });
});
