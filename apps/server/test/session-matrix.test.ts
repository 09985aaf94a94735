import {
  type AnyRoute,
  isMemberRoute,
  MEMBER_ROUTES,
  type MemberRouteKey,
  Problem,
  routeList,
} from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, members } from "../src/services";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter, sampleOf } from "./callers";
import { SAME_ORIGIN } from "./samples";

// The access matrix (access-matrix.test.ts) with sign-in sessions instead of keys: every route of
// the contract, called with the cookie of a chamber's staff (its own chamber's and another's) and
// of a member who owns none of the records the samples touch.

let t: TestApp;
const next = counter(40_000);
let privateValues: string[] = [];
let memberId: string;
const PASSWORD = "a matrix password, long enough";

beforeAll(async () => {
  t = await openTestApp();
  const all = await members.list(t.database.db, { chamberId: "ma-09", limit: 100 });
  privateValues = all.items.flatMap((m) =>
    [m.contacts.email, m.contacts.phone, m.identifiers.ice, `"${m.identifiers.rc.number}"`].filter(
      (v): v is string => typeof v === "string",
    ),
  );
  const member = await members.create(t.database.db, {
    chamberId: "ma-09",
    input: memberInput(next(), { address: { region: "ma-09", prefecture: "Préfecture", city: "Ville" } }),
  });
  memberId = member.entity.id;
});
afterAll(() => t.close());

type Principal = "staff of ma-09" | "staff of ma-06" | "member of ma-09";
type Outcome = "full" | "public" | "empty" | 403 | 404;

/** What a member who owns none of the samples' records gets on each route of MEMBER_ROUTES. */
const MEMBER_OUTCOMES: Record<MemberRouteKey, Outcome> = {
  "members.get": 404,
  "leases.list": "empty",
  "leases.get": 404,
  "leases.payments.list": 404,
  "receipts.get": 404,
  "serviceRequests.list": "empty",
  "serviceRequests.get": 404,
  // The sample submits for a person, not for the member: refused.
  "serviceRequests.create": 403,
};

function expected(route: AnyRoute, principal: Principal): Outcome {
  // The sign-in routes act on the session itself (or need none).
  if (route.tag === "auth") return "full";
  if (route.access.kind === "public") return "full";
  if (principal === "staff of ma-09") return route.access.scope === "admin" ? 403 : "full";
  if (principal === "member of ma-09" && isMemberRoute(route.key)) return MEMBER_OUTCOMES[route.key];
  return route.access.kind === "public-view" ? "public" : 403;
}

async function cookieOf(principal: Principal): Promise<string> {
  const chamberId: ChamberId = principal === "staff of ma-06" ? "ma-06" : "ma-09";
  const email = `matrix-${next()}@auth.test`;
  await accounts.create(t.database.db, {
    chamberId,
    email,
    displayName: "Matrix",
    role: principal === "member of ma-09" ? "member" : "admin",
    ...(principal === "member of ma-09" ? { memberId: memberId as never } : {}),
    password: PASSWORD,
  });
  const response = await t.app.inject({
    method: "POST",
    url: "/auth/sign-in",
    payload: { chamberId, email, password: PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  return String(response.headers["set-cookie"]).split(";")[0] as string;
}

it("covers every route of MEMBER_ROUTES with an expected outcome", () => {
  expect(Object.keys(MEMBER_OUTCOMES).sort()).toEqual(Object.keys(MEMBER_ROUTES).sort());
});

describe.each(["staff of ma-09", "staff of ma-06", "member of ma-09"] as const)(
  "a session of %s",
  (principal) => {
    for (const route of routeList) {
      const outcome = expected(route, principal);
      it(`${route.key}: ${outcome}`, async () => {
        const sample = await sampleOf(t, route, next);
        const cookie = await cookieOf(principal);
        const response = await t.app.inject({
          ...sample,
          headers: { ...sample.headers, cookie, origin: SAME_ORIGIN },
        });
        if (typeof outcome === "number") {
          expect(response.statusCode, response.body).toBe(outcome);
          expect(Problem.strict().safeParse(response.json()).success).toBe(true);
        } else {
          expect(response.statusCode, response.body).toBe(route.successStatus);
        }
        if (outcome === "public") expect(response.headers["ghorfa-view"]).toBe("public");
        if (outcome === "empty") expect(response.json().items).toEqual([]);
        if (outcome !== "full" || principal === "member of ma-09") {
          for (const value of privateValues) expect(response.body).not.toContain(value);
        }
      });
    }
  },
);
