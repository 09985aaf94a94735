import { encodeCursor } from "@ghorfa/contract";
import { fixtureId } from "@ghorfa/schemas";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";
import { digestOfTables } from "./digest";

// The text policy at the node's edge, on the store the run uses (PGlite, or PostgreSQL with
// GHORFA_TEST_DATABASE_URL): text PostgreSQL cannot hold never reaches it, invisible or
// reordering text is refused, and each refusal is a 400 problem naming the place at fault.

let t: TestApp;
let before: Record<string, string>;
let membersBefore: number;
const countMembers = async () => {
  const result = (await t.database.db.execute(sql`select count(*)::int as n from members`)) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? -1;
};
beforeAll(async () => {
  t = await openTestApp();
  before = await digestOfTables(t.database.db, ["rate_limits"]);
  membersBefore = await countMembers();
});
afterAll(() => t.close());

const address = { region: "ma-09", prefecture: "Préfecture", city: "Agadir" } as const;
const member = (n: number, extra: Record<string, unknown> = {}) => ({
  ...memberInput(n, { address }),
  ...extra,
});

async function create(payload: unknown) {
  const response = await t.app.inject({
    method: "POST",
    url: "/chambers/ma-09/members",
    headers: { authorization: t.keys.soussMassa, "content-type": "application/json" },
    // JSON.stringify writes NUL as \u0000 and an unpaired surrogate as \udXXX: valid JSON text.
    payload: JSON.stringify(payload),
  });
  return response;
}

async function list(query: string) {
  return t.app.inject({ method: "GET", url: `/chambers/ma-09/members?${query}` });
}

function expectProblem(response: Awaited<ReturnType<typeof list>>, pointer: string, code: string) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const problem = response.json() as { errors: { pointer: string; code: string; message: string }[] };
  expect(problem.errors.map((e) => [e.pointer, e.code])).toContainEqual([pointer, code]);
}

describe("text no database can hold", () => {
  it("refuses NUL and an unpaired surrogate in a body's fields", async () => {
    expectProblem(
      await create(member(91_001, { legalName: "Atlas\u0000 SARL" })),
      "/body/legalName",
      "text_control",
    );
    expectProblem(
      await create(member(91_002, { address: { ...address, city: "Agadir\ud800" } })),
      "/body/address/city",
      "text_unicode",
    );
  });

  it("refuses them in fields and keys no schema reads, which it would otherwise strip", async () => {
    expectProblem(await create(member(91_003, { note: "x\u0000" })), "/body/note", "text_control");
    expectProblem(await create(member(91_004, { "n\u0000te": 1 })), "/body/n\u0000te", "text_control");
    expectProblem(
      await create(member(91_005, { deep: [{ x: ["\udc00"] }] })),
      "/body/deep/0/x/0",
      "text_unicode",
    );
  });

  it("refuses NUL in a public search, with no key, and in a query parameter no route reads", async () => {
    expectProblem(await list("q=%00"), "/query/q", "text_control");
    expectProblem(await list("q=Atlas%00"), "/query/q", "text_control");
    expectProblem(await list("city=Agadir%00"), "/query/city", "text_control");
    expectProblem(await list("x%00=1"), "/query/x\u0000", "text_control");
  });

  it("refuses a cursor of NUL, of an unpaired surrogate's bytes or of any text that is not an id", async () => {
    for (const text of [
      "mem_ma-09_\u0000",
      "\u0000",
      `${fixtureId("member", "ma-09", 1)}\u0000`,
      "' or 1=1 --",
    ]) {
      expectProblem(await list(`cursor=${encodeCursor(text)}`), "/query/cursor", "invalid_cursor");
    }
    // The UTF-8 form of U+D800 (ED A0 80), which no UTF-8 decoder accepts.
    expectProblem(await list("cursor=7aCA"), "/query/cursor", "invalid_cursor");
  });
});

describe("text people cannot see", () => {
  it("refuses a name of zero-width, format or filler characters only as blank", async () => {
    for (const legalName of [
      "\u200b",
      "\u2060\ufeff\u00ad",
      "\u3164",
      "\u115f\u180e",
      "\u200e\u200f\u061c",
    ]) {
      expectProblem(await create(member(91_010, { legalName })), "/body/legalName", "text_blank");
    }
  });

  it("refuses bidi overrides, embeddings and isolates inside a name", async () => {
    expectProblem(
      await create(member(91_011, { legalName: "Atlas \u202eLRAS" })),
      "/body/legalName",
      "text_bidi_control",
    );
    expectProblem(
      await create(member(91_012, { activity: { fr: "Import\u2066 export" } })),
      "/body/activity/fr",
      "text_bidi_control",
    );
  });

  it("localizes each refusal in the caller's language", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/chambers/ma-09/members?q=%00",
      headers: { "accept-language": "ar-MA" },
    });
    expect(response.statusCode).toBe(400);
    const [error] = (response.json() as { errors: { message: string }[] }).errors;
    expect(error?.message).toMatch(/[\u0600-\u06ff]/);
  });

  it("stores an accepted name trimmed and in NFC, keeping the direction marks", async () => {
    const response = await create(member(91_013, { legalName: "  Cafe\u0301 \u200fأطلس\u200f  " }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().legalName).toBe("Café \u200fأطلس\u200f");
  });
});

describe("after refused text", () => {
  it("changed nothing but what was accepted, and every list still answers", async () => {
    const after = await digestOfTables(t.database.db, ["rate_limits"]);
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    expect(changed).toEqual(["members"]);
    // The one member accepted above, and none of the refused ones.
    expect(await countMembers()).toBe(membersBefore + 1);
    expect((await list("q=Caf%C3%A9")).statusCode).toBe(200);
    expect((await list("limit=100")).statusCode).toBe(200);
  });
});
