import { type AnyRoute, problemKindOf, routeList } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter, entitledSample } from "./callers";
import { DOCUMENTED_STATUSES } from "./documented-statuses";
import type { Sample } from "./samples";

// Every failure a request of any route can meet, provoked on every route: whatever the node
// answers is a status the OpenAPI document lists for that route, and a problem of a kind the
// route's contract names. (Every other test file is watched the same way: see app-fixture.ts.)

let t: TestApp;
const next = counter(5000);

beforeAll(async () => {
  // Unknown keys are provoked on every route: the address must not be refused for guessing.
  t = await openTestApp({ env: { GHORFA_KEY_ATTEMPT_LIMIT: "100000" } });
});
afterAll(() => t.close());

type Provocation = [
  name: string,
  change: (sample: Sample, route: AnyRoute) => Sample | Promise<Sample> | undefined,
];

const withHeaders = (sample: Sample, headers: Record<string, string>): Sample => ({
  ...sample,
  headers: { ...sample.headers, ...headers },
});
const without = (sample: Sample, name: string): Sample => {
  const { [name]: _gone, ...headers } = sample.headers ?? {};
  return { ...sample, headers };
};
// ma-01 (Tanger-Tétouan-Al Hoceima) is not one of the chambers the test node hosts.
const elsewhere = (text: string) => text.replaceAll("ma-09", "ma-01");

const PROVOCATIONS: Provocation[] = [
  ["an Authorization that is not a bearer key", (s) => withHeaders(s, { authorization: "Basic Z2hvcmZh" })],
  [
    "a key the node does not know",
    (s) => withHeaders(s, { authorization: `Bearer ghorfa_${"x".repeat(40)}` }),
  ],
  ["a key of another chamber", (s) => withHeaders(s, { authorization: t.keys.casablanca })],
  [
    "a key without the route's scope",
    async (s) => withHeaders(s, { authorization: await t.keyFor("ma-09", ["members:read"]) }),
  ],
  ["no key", (s) => without(s, "authorization")],
  ["a contract version the node does not speak", (s) => withHeaders(s, { "ghorfa-version": "1999-01-01" })],
  [
    "a chamber the node does not host",
    (s) => ({
      ...s,
      url: elsewhere(s.url),
      ...(s.payload === undefined ? {} : { payload: JSON.parse(elsewhere(JSON.stringify(s.payload))) }),
    }),
  ],
  ["a body that is not JSON", (s) => (s.payload === undefined ? undefined : { ...s, payload: "{" })],
  [
    "a body of another media type",
    (s) => (s.payload === undefined ? undefined : withHeaders(s, { "content-type": "text/plain" })),
  ],
  [
    "an Idempotency-Key that is not visible ASCII",
    (s, r) => (r.idempotent ? withHeaders(s, { "idempotency-key": "é" }) : undefined),
  ],
  [
    "If-None-Match naming any tag",
    (s, r) => (r.method === "GET" ? withHeaders(s, { "if-none-match": "*" }) : undefined),
  ],
  ["no If-Match", (s, r) => (r.ifMatch === "required" ? without(s, "if-match") : undefined)],
  ["a stale If-Match", (s, r) => (r.ifMatch ? withHeaders(s, { "if-match": '"999999"' }) : undefined)],
];

async function expectDocumented(route: AnyRoute, sample: Sample, what: string) {
  const response = await t.app.inject(sample);
  const documented = DOCUMENTED_STATUSES.get(`${route.method} ${route.path}`);
  expect([...(documented ?? [])], `${what}: ${response.statusCode} ${response.body}`).toContain(
    response.statusCode,
  );
  if (String(response.headers["content-type"]).startsWith("application/problem+json")) {
    const kind = problemKindOf((response.json() as { type: string }).type);
    expect(route.problems, what).toContain(kind);
  }
  return response;
}

describe("every status a route answers is in the OpenAPI document", () => {
  for (const route of routeList) {
    it(`${route.key}: ${route.method} ${route.path}, whatever the request`, async () => {
      const sample = await entitledSample(t, route, next);
      for (const [name, change] of PROVOCATIONS) {
        const changed = await change(sample, route);
        if (changed) await expectDocumented(route, changed, name);
      }
      // An X-Request-Id the node would not echo is replaced, never refused. A fresh sample: a
      // provocation may have made what the first one makes (a public self-registration, say).
      const fresh = await entitledSample(t, route, next);
      const response = await expectDocumented(
        route,
        withHeaders(fresh, { "x-request-id": `${"x".repeat(300)} é` }),
        "an X-Request-Id the node replaces",
      );
      expect(response.statusCode, response.body).toBe(route.successStatus);
      expect(response.headers["x-request-id"]).not.toContain("x".repeat(300));
    });
  }

  it("answers 404 to a key for a chamber the node does not host, as documented", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/admin/keys",
      headers: { authorization: t.keys.operator, "content-type": "application/json" },
      payload: { chamberId: "ma-01", name: "Elsewhere", scopes: ["members:read"] },
    });
    expect(response.statusCode).toBe(404);
    expect(DOCUMENTED_STATUSES.get("POST /admin/keys")).toContain(404);
  });
});
