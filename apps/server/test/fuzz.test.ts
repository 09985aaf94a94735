import { type AnyRoute, routeList } from "@ghorfa/contract";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { accounts, members } from "../src/services";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter, entitledSample } from "./callers";
import { digestOfTables } from "./digest";
import { SAME_ORIGIN, type Sample } from "./samples";

let t: TestApp;
/** A valid request of every route, made before the digest is taken; each fuzzed request breaks one. */
const valid = new Map<string, Sample>();
/**
 * The same requests sent with sign-in sessions instead of keys (sign-in, issue 15): an admin's of
 * the chamber where the key was the chamber's, and a member's, whose session the fuzz must not
 * open more to than to the staff's.
 */
const withSessions = { staff: new Map<string, Sample>(), member: new Map<string, Sample>() };

async function sessionHeaders(role: "admin" | "member", memberId?: string): Promise<Record<string, string>> {
  const email = `fuzz-${role}-${Date.now()}-${Math.random()}@auth.test`;
  const password = "a fuzzing password, long enough";
  await accounts.create(t.database.db, {
    chamberId: "ma-09",
    email,
    displayName: "Fuzz",
    role,
    ...(memberId ? { memberId: memberId as never } : {}),
    password,
  });
  const response = await t.app.inject({
    method: "POST",
    url: "/auth/sign-in",
    payload: { chamberId: "ma-09", email, password },
  });
  return { cookie: String(response.headers["set-cookie"]).split(";")[0] as string, origin: SAME_ORIGIN };
}

beforeAll(async () => {
  t = await openTestApp();
  const next = counter(30_000);
  const staff = await sessionHeaders("admin");
  const someone = (await members.list(t.database.db, { chamberId: "ma-09", limit: 1, status: "active" }))
    .items[0];
  const member = await sessionHeaders("member", someone?.id);
  for (const route of routeList) {
    const sample = await entitledSample(t, route, next);
    valid.set(route.key, sample);
    // The operator's routes keep the operator's key; the sign-in routes their own session.
    const { authorization, ...rest } = sample.headers ?? {};
    const keyed = authorization !== undefined && authorization !== t.keys.operator;
    for (const [who, headers] of [
      ["staff", staff],
      ["member", member],
    ] as const) {
      withSessions[who].set(route.key, keyed ? { ...sample, headers: { ...rest, ...headers } } : sample);
    }
  }
});
afterAll(() => t.close());

// "." and ".." are left out: every client (inject included) resolves them away before sending.
const junk = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      "ma-13",
      "MA-09",
      "%00",
      "null",
      "-1",
      "1e999",
      "<script>",
      "💥",
      "x".repeat(300),
      "mem_ma-09_",
    ),
  )
  .filter((value) => value !== "." && value !== "..");
/** A body no route accepts: not an object, not JSON, or a field of a type no field has. */
const badBody = (route: AnyRoute) =>
  fc.oneof(
    fc
      .jsonValue()
      .filter((v) => typeof v !== "object" || v === null || Array.isArray(v))
      .map((v) => JSON.stringify(v)),
    fc.string({ minLength: 1 }).filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
    fc
      .constantFrom(...Object.keys((route.body as z.ZodObject | undefined)?.shape ?? { x: 0 }))
      .map((key) => JSON.stringify({ [key]: -1.5 })),
    fc.constant('{"__proto__": {"admin": true}}'),
  );
const badHeader = fc.oneof(
  fc.record({ "ghorfa-version": fc.constantFrom("1999-01-01", "v2", "latest", "2026-13-45") }),
  fc.record({ "accept-language": fc.string({ minLength: 257, maxLength: 400 }) }),
  fc.record({
    authorization: fc.oneof(
      junk.map((s) => `Bearer ${s.replace(/[^\x21-\x7e]/g, "x")}`),
      fc.constant("Basic YWxhZGRpbjpvcGVuc2VzYW1l"),
    ),
  }),
);

type Fault = "params" | "query" | "body" | "header" | "content-type";

function faultsOf(route: AnyRoute): Fault[] {
  const faults: Fault[] = ["header"];
  if (route.params) faults.push("params");
  if (route.query && route.method === "GET") faults.push("query");
  if (route.body) faults.push("body", "content-type");
  return faults;
}

/** Whether `value` fails `schema`: the contract's own schemas say whether a fuzzed part is malformed. */
const fails = (schema: z.ZodType | undefined, value: unknown) =>
  schema !== undefined && !schema.safeParse(value).success;

function parsedJson(text: unknown): unknown {
  try {
    return typeof text === "string" ? JSON.parse(text) : text;
  } catch {
    return Symbol("not JSON");
  }
}

const fuzzedOf = (samples: Map<string, Sample>) =>
  fc
    .constantFrom(...routeList)
    .chain((route) =>
      fc.record({
        route: fc.constant(route),
        fault: fc.constantFrom(...faultsOf(route)),
        param: fc.constantFrom(...Object.keys(route.params?.shape ?? { none: 0 })),
        queryKey: fc.constantFrom(...Object.keys(route.query?.shape ?? { none: 0 })),
        junk,
        body: badBody(route),
        header: badHeader,
        noise: fc.dictionary(
          fc.constantFrom("x-request-id", "if-none-match", "accept-language"),
          fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
          { maxKeys: 2 },
        ),
        extraQuery: fc.dictionary(
          fc
            .string({ minLength: 1, maxLength: 8 })
            .filter((k) => !Object.keys(route.query?.shape ?? {}).includes(k)),
          fc.string({ maxLength: 20 }),
          { maxKeys: 3 },
        ),
        contentType: fc.constantFrom(
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/xml",
          "multipart/form-data; boundary=x",
        ),
      }),
    )
    .map(({ route, fault, param, queryKey, junk: value, body, header, noise, extraQuery, contentType }) => {
      const base = samples.get(route.key) as Sample;
      const [basePath = "", baseQuery = ""] = base.url.split("?");
      let pathname = basePath;
      const query = new URLSearchParams(baseQuery);
      const headers: Record<string, string> = { ...noise, ...base.headers };
      let payload = base.payload;
      let malformed = true;
      if (fault === "params") {
        const segments = route.path.split("/");
        const filled = pathname.split("/");
        const at = segments.indexOf(`{${param}}`);
        const params = Object.fromEntries(
          segments.flatMap((segment, i) =>
            segment.startsWith("{") ? [[segment.slice(1, -1), filled[i]]] : [],
          ),
        );
        malformed = at >= 0 && fails(route.params, { ...params, [param]: value });
        filled[at] = encodeURIComponent(value);
        pathname = filled.join("/");
      }
      if (fault === "query") {
        query.set(queryKey, value);
        malformed = fails(route.query, Object.fromEntries(query));
      }
      for (const [k, v] of Object.entries(extraQuery)) query.append(k, v);
      if (fault === "body") {
        payload = body;
        malformed = fails(route.body, parsedJson(body)) || typeof parsedJson(body) === "symbol";
      }
      if (fault === "header") Object.assign(headers, header);
      if (fault === "content-type") headers["content-type"] = contentType;
      return {
        route: route.key,
        fault,
        malformed,
        request: { ...base, url: `${pathname}${query.size ? `?${query}` : ""}`, headers, payload },
      };
    })
    .filter(({ malformed }) => malformed);
const fuzzed = fuzzedOf(valid);

describe("fuzzing", () => {
  it("answers 2,000 malformed requests with 4xx problem+json only, and changes nothing", async () => {
    const before = await digestOfTables(t.database.db, ["rate_limits"]);
    const statuses = new Set<number>();
    const parts = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fuzzed, async ({ request }) => {
        const response = await t.app.inject(request);
        statuses.add(response.statusCode);
        expect(
          response.statusCode,
          `${request.method} ${request.url}: ${response.body}`,
        ).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, `${request.method} ${request.url}: ${response.body}`).toBeLessThan(500);
        expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
        const problem = response.json();
        expect(problem.status).toBe(response.statusCode);
        for (const error of problem.errors ?? []) parts.add(String(error.pointer).split("/")[1] ?? "");
      }),
      { numRuns: 2000 },
    );
    expect(await digestOfTables(t.database.db, ["rate_limits"])).toEqual(before);
    // The fuzzing reached every check: bad keys, and fields at fault in every part of a request.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 401]));
    expect([...parts].sort()).toEqual(["body", "headers", "params", "query"]);
  }, 300_000);

  it.each(["staff", "member"] as const)(
    "answers 500 malformed requests sent with a %s session with 4xx problem+json only, and changes nothing",
    async (who) => {
      // Sessions note when they were last seen: that is the one change a request may make.
      const before = await digestOfTables(t.database.db, ["rate_limits", "sessions"]);
      await fc.assert(
        fc.asyncProperty(fuzzedOf(withSessions[who]), async ({ request }) => {
          const response = await t.app.inject(request);
          const what = `${request.method} ${request.url}: ${response.body}`;
          expect(response.statusCode, what).toBeGreaterThanOrEqual(400);
          expect(response.statusCode, what).toBeLessThan(500);
          expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
        }),
        { numRuns: 500 },
      );
      expect(await digestOfTables(t.database.db, ["rate_limits", "sessions"])).toEqual(before);
    },
    300_000,
  );
});
