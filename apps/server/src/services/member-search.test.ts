import { matches } from "@ghorfa/i18n/fold";
import { type Member, newId } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberRow } from "../db/rows";
import { members as membersTable } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { searchTextOf } from "./member-search";
import * as members from "./members";
import { memberInput } from "./test-inputs";

let t: TestDatabase;

const WORDS = [
  "argan",
  "souss",
  "atlas",
  "sahara",
  "tourisme",
  "pêche",
  "agrumes",
  "transport",
  "dattes",
  "safran",
];
const ARABIC = ["أركان", "سوس", "أطلس", "صحراء", "سياحة", "صيد", "حوامض", "نقل", "تمور", "زعفران"];
const ROWS = 4000;

function member(n: number, legalName: string, arabic: string): Member {
  const time = new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
  return {
    ...memberInput(n, { legalName, activity: { fr: "Commerce", ar: arabic } }),
    id: newId("member", "ma-06", Date.parse(time)),
    chamberId: "ma-06",
    status: "active",
    createdAt: time,
    updatedAt: time,
  };
}

beforeAll(async () => {
  t = await openTestDatabase();
  // Enough rows that a scan of every row costs the planner far more than the trigram index.
  const rows = Array.from({ length: ROWS }, (_, n) =>
    memberRow(
      member(
        n,
        `${WORDS[n % 10]} ${WORDS[(n * 7) % 10]} ${n} SARL`,
        `${ARABIC[n % 10]} ${ARABIC[(n * 3) % 10]}`,
      ),
    ),
  );
  rows.push(memberRow(member(ROWS, "Zagora Oasis Tamegroute SARL", "فخار تامكروت")));
  for (let i = 0; i < rows.length; i += 500) await t.db.insert(membersTable).values(rows.slice(i, i + 500));
  await t.db.execute(sql`analyze members`);
});
afterAll(() => t.close());

/** The plan PostgreSQL chooses for `list`, as JSON text. */
async function planOf(request: Parameters<typeof members.listQuery>[1]): Promise<string> {
  const { sql: text, params } = members.listQuery(t.db, request).toSQL();
  const explain = `explain (format json) ${text}`;
  const result =
    t.driver === "pglite"
      ? await t.pglite.query(explain, params)
      : await t.pool.query(explain, params as unknown[]);
  return JSON.stringify(result.rows);
}

describe("member search", () => {
  it("folds the words it keeps: names, activity in every language, city and ICE", () => {
    const made = member(1, "Société Générale d'Équipement", "مُعَدّات أكادير");
    const text = searchTextOf(made);
    for (const view of ["full", "public"] as const) {
      expect(text[view]).toContain("societe generale d'equipement");
      expect(text[view]).toContain("معدات اكادير");
      expect(text[view]).toContain("agadir");
    }
    expect(text.full).toContain(made.identifiers.ice);
    expect(text.public).not.toContain(made.identifiers.ice);
  });

  it("finds a word among thousands of members through the trigram index, not a scan", async () => {
    const request = { chamberId: "ma-06" as const, q: "tamegroute", limit: 50 };
    const plan = await planOf(request);
    expect(plan).toContain("members_search_trgm_idx");
    expect(plan).not.toContain('"Node Type":"Seq Scan"');
    const found = await members.list(t.db, request);
    expect(found.items.map((m) => m.legalName)).toEqual(["Zagora Oasis Tamegroute SARL"]);
  });

  it("looks Arabic words up through the index too, folded", async () => {
    const request = { chamberId: "ma-06" as const, q: "تامكروت", limit: 50 };
    expect(await planOf(request)).toContain("members_search_trgm_idx");
    expect((await members.list(t.db, request)).items).toHaveLength(1);
  });

  it("finds exactly the members whose folded text holds every word of the query", async () => {
    const texts = soussMassa.members.map((m) => searchTextOf(m).full);
    // Queries made of pieces of the members' own text, in any case, with accents, or not at all.
    const piece = fc
      .tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 8 }))
      .map(([text, start, length]) => text.slice(start % text.length, (start % text.length) + length));
    const word = fc.oneof(
      piece,
      piece.map((p) => p.toUpperCase()),
      fc.constantFrom("é", "أ", "%", "_", "zzz"),
    );
    const query = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const expected = soussMassa.members.filter((m) => matches(searchTextOf(m).full, q)).map((m) => m.id);
        const page = await members.list(t.db, { chamberId: "ma-09", q, limit: 100 });
        expect(page.items.map((m) => m.id)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
