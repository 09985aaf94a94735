import { type AnyRoute, CHAMBER_SCOPES, Page, Problem, routeList } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { members } from "../src/services";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter, sampleOf } from "./callers";

let t: TestApp;
const next = counter(2000);
/** Values only the chamber's own keys may read: its members' e-mails, phones, ICEs and RC numbers. */
let privateValues: string[] = [];

beforeAll(async () => {
  t = await openTestApp();
  const all = await members.list(t.database.db, { chamberId: "ma-09", limit: 100 });
  privateValues = all.items.flatMap((m) =>
    [m.contacts.email, m.contacts.phone, m.identifiers.ice, `"${m.identifiers.rc.number}"`].filter(
      (v): v is string => typeof v === "string",
    ),
  );
  expect(privateValues.length).toBeGreaterThan(40);
});
afterAll(() => t.close());

type Outcome = "full" | "public" | 401 | 403;

const NEEDS_SESSION = new Set<string>(["auth.session", "auth.signOut", "auth.signOutEverywhere"]);

/** What the contract says a caller gets: a key of another chamber, a key without the scope, or no key. */
function expected(route: AnyRoute, caller: "other-chamber" | "no-scope" | "anonymous"): Outcome {
  // sign-in (issue 15): these read the request's session, and a bearer key wins over its cookie.
  if (NEEDS_SESSION.has(route.key) && caller !== "anonymous") return 401;
  if (route.access.kind === "public") return "full";
  if (route.access.kind === "public-view") return "public";
  return caller === "anonymous" ? 401 : 403;
}

function publicSchemaOf(route: AnyRoute): z.ZodType {
  if (route.access.kind !== "public-view") throw new Error(`${route.key} has no public view`);
  return route.paginated ? Page(route.access.publicSchema) : route.access.publicSchema;
}

async function keyWithout(route: AnyRoute): Promise<string> {
  const needed = route.access.kind === "public" ? undefined : route.access.scope;
  const scopes = CHAMBER_SCOPES.filter((s) => s !== needed);
  return t.keyFor("ma-09", scopes);
}

describe.each(["other-chamber", "no-scope", "anonymous"] as const)("a caller with %s", (caller) => {
  for (const route of routeList) {
    const outcome = expected(route, caller);
    it(`${route.key}: gets ${typeof outcome === "number" ? outcome : `the ${outcome} view`} and no private field`, async () => {
      const sample = await sampleOf(t, route, next);
      const authorization =
        caller === "other-chamber"
          ? t.keys.casablanca
          : caller === "no-scope"
            ? await keyWithout(route)
            : undefined;
      const response = await t.app.inject({
        ...sample,
        headers: { ...sample.headers, ...(authorization ? { authorization } : {}) },
      });

      if (typeof outcome === "number") {
        expect(response.statusCode, response.body).toBe(outcome);
        expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
        expect(Problem.strict().safeParse(response.json()).success).toBe(true);
      } else {
        expect(response.statusCode, response.body).toBe(route.successStatus);
      }
      if (outcome === "public") {
        expect(response.headers["ghorfa-view"]).toBe("public");
        const body = response.json();
        // The public schema keeps only public fields: parsing changes nothing when none other was sent.
        expect(publicSchemaOf(route).parse(body)).toEqual(body);
      }
      if (outcome !== "full") {
        for (const value of privateValues) expect(response.body).not.toContain(value);
      }
    });
  }
});

describe("the public rows", () => {
  it("answers 404 to the public for a member who is not active, and the member to the chamber", async () => {
    const pending = await members.create(t.database.db, {
      chamberId: "ma-09",
      input: (await import("../src/services/test-inputs")).memberInput(next()),
    });
    const url = `/chambers/ma-09/members/${pending.entity.id}`;
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: { authorization: t.keys.casablanca } })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: { authorization: t.keys.soussMassa } })).statusCode).toBe(200);
  });

  it("lists only active members to the public, even when it asks for another status", async () => {
    const listed = await t.app.inject({ url: "/chambers/ma-09/members?limit=100" });
    const pending = await t.app.inject({ url: "/chambers/ma-09/members?status=pending&limit=100" });
    const all = await members.list(t.database.db, { chamberId: "ma-09", limit: 100, status: "active" });
    expect(listed.json().items.map((m: { id: string }) => m.id)).toEqual(all.items.map((m) => m.id));
    expect(pending.json().items).toEqual([]);
  });

  it("answers 404 to the public for an unpublished agreement", async () => {
    const { agreements } = await import("../src/services");
    const page = await agreements.list(t.database.db, { chamberId: "ma-09", limit: 100, published: false });
    const hidden = page.items[0];
    expect(hidden).toBeDefined();
    const url = `/chambers/ma-09/agreements/${hidden?.id}`;
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: { authorization: t.keys.soussMassa } })).statusCode).toBe(200);
  });
});
