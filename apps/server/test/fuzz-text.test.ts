import { type AnyRoute, encodeCursor, routeList } from "@ghorfa/contract";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";
import { counter, entitledSample } from "./callers";
import type { Sample } from "./samples";

// Fuzzing of text (beside fuzz.test.ts, which breaks requests in other ways): controls, invisible
// and format characters, bidi controls and unpaired surrogates, in bodies, keys, queries and
// cursors. The node may accept such text or refuse it, but never fails on it, and nothing it
// stores breaks a later read.

let t: TestApp;
const lists: { route: AnyRoute; sample: Sample }[] = [];

beforeAll(async () => {
  t = await openTestApp();
  const next = counter(40_000);
  for (const route of routeList) {
    // Every read: the lists, the reports and the records, which a stored text must never break.
    if (route.method !== "GET") continue;
    lists.push({ route, sample: await entitledSample(t, route, next) });
  }
});
afterAll(() => t.close());

const NASTY = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  ..."\u00ad\u034f\u061c\u115f\u1160\u180e\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u2060\u2800\u3164\ufe0f\ufeff\uffa0",
  ..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ufdd0",
  "\ufffe",
  "\uffff",
  "\u{e0041}",
];
/** Text of nasty characters, alone or around ordinary letters of Morocco's scripts. */
const nastyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
      fc.constantFrom("a", "é", "ب", "ⵣ", " ", "😀"),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(""));

const TEXT_FIELDS = ["legalName", "tradeName", "city", "activity", "key", "note"] as const;

const bodyRequest = fc
  .record({ field: fc.constantFrom(...TEXT_FIELDS), text: nastyText, n: fc.integer({ min: 1, max: 9_999 }) })
  .map(({ field, text, n }) => {
    const input: Record<string, unknown> = memberInput(50_000 + n, {
      address: { region: "ma-09", prefecture: "Préfecture", city: "Agadir" },
    });
    if (field === "city") input.address = { region: "ma-09", prefecture: "Préfecture", city: text };
    else if (field === "activity") input.activity = { fr: text };
    else if (field === "key") input[text] = "x";
    else input[field] = text;
    return {
      method: "POST" as const,
      url: "/chambers/ma-09/members",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify(input),
      keyed: true,
    };
  });

const queryRequest = fc
  .record({
    list: fc.integer({ min: 0, max: 1_000 }),
    name: fc.constantFrom("q", "city", "cursor", "x"),
    text: nastyText,
  })
  .map(({ list, name, text }) => {
    const { route, sample } = lists[list % lists.length] as (typeof lists)[number];
    const [path = "", search = ""] = sample.url.split("?");
    const query = new URLSearchParams(search);
    query.set(name, name === "cursor" ? encodeCursor(text) : text);
    return { ...sample, url: `${path}?${query}`, keyed: route.access.kind !== "public" };
  });

describe("fuzzing text", () => {
  it("answers text of controls, invisible, bidi and surrogate characters without a 5xx, and every read (lists, reports, records) still answers 200", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(bodyRequest, queryRequest),
        fc.boolean(),
        async ({ keyed, ...request }, withKey) => {
          const headers: Record<string, string> = {
            ...(request.headers as Record<string, string> | undefined),
          };
          if (keyed || withKey) headers.authorization = t.keys.soussMassa;
          const response = await t.app.inject({ ...request, headers });
          expect(response.statusCode, `${request.method} ${request.url}: ${response.body}`).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
          }
        },
      ),
      { numRuns: 400 },
    );
    for (const { route, sample } of lists) {
      const response = await t.app.inject({ ...sample, url: sample.url.replace(/limit=\d+/, "limit=100") });
      expect(response.statusCode, `${route.key}: ${response.body}`).toBe(200);
    }
  });
});
