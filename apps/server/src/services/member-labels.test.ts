import { type LabelApplication, type Member, newId } from "@ghorfa/schemas";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelApplicationRow, labelSchemeRow, memberRow } from "../db/rows";
import { labelApplications, labelSchemes, members as membersTable } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import * as members from "./members";
import { labelSchemeInput, memberInput } from "./test-inputs";

// The member list's `label` filter, for a programme's code, on a chamber of thousands of members
// and applications: it must walk the holders' index, not every application nor every member.

let t: TestDatabase;
const ROWS = 3000;
const HOLDERS = 40;
const TODAY = "2026-06-01";
const CODE = "test-scheme-plan";

beforeAll(async () => {
  t = await openTestDatabase();
  const time = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
  const scheme = {
    ...labelSchemeInput(1, { code: CODE }),
    id: newId("labelScheme", "ma-06", Date.UTC(2025, 0, 1)),
    createdAt: time(0),
    updatedAt: time(0),
  };
  await t.db.insert(labelSchemes).values(labelSchemeRow(scheme));
  const made: Member[] = Array.from({ length: ROWS }, (_, n) => ({
    ...memberInput(50_000 + n),
    id: newId("member", "ma-06", Date.parse(time(n))),
    chamberId: "ma-06",
    status: "active",
    createdAt: time(n),
    updatedAt: time(n),
  }));
  for (let i = 0; i < made.length; i += 500) {
    await t.db.insert(membersTable).values(made.slice(i, i + 500).map(memberRow));
  }
  // Every member applied; the first HOLDERS hold a grant valid today, the others' has expired.
  const applications = made.map((member, n): LabelApplication => {
    const auditId = newId("audit", "ma-06", Date.parse(time(n)));
    const validUntil = n < HOLDERS ? "2027-12-31" : "2026-01-31";
    return {
      id: newId("labelApplication", "ma-06", Date.parse(time(n))),
      schemeId: scheme.id,
      memberId: member.id,
      product: { fr: "Miel" },
      category: "honey",
      province: "Settat",
      status: "granted",
      audits: [
        {
          id: auditId,
          date: "2025-01-01",
          auditor: "A",
          scores: [{ criterion: "origin", score: 90 }],
          weightedScore: 90,
          recordedAt: time(n),
        },
      ],
      decisions: [
        {
          id: newId("labelDecision", "ma-06", Date.parse(time(n))),
          kind: "granted",
          date: "2025-01-02",
          auditId,
          labelNumber: `TS-2025-${String(n + 1).padStart(6, "0")}`,
          validFrom: "2025-01-02",
          validUntil,
          recordedAt: time(n),
        },
      ],
      createdAt: time(n),
      updatedAt: time(n),
    };
  });
  for (let i = 0; i < applications.length; i += 500) {
    await t.db
      .insert(labelApplications)
      .values(applications.slice(i, i + 500).map((a) => labelApplicationRow(a, CODE)));
  }
  await t.db.execute(sql`analyze`);
});
afterAll(() => t.close());

async function planOf(request: Parameters<typeof members.listQuery>[1]): Promise<string> {
  const { sql: text, params } = members.listQuery(t.db, request).toSQL();
  const explain = `explain (format json) ${text}`;
  const result =
    t.driver === "pglite"
      ? await t.pglite.query(explain, params)
      : await t.pool.query(explain, params as unknown[]);
  return JSON.stringify(result.rows);
}

describe("the member list's filter on a programme label", () => {
  it("finds the holders of the day through the holders' index, scanning no table", async () => {
    const request = { chamberId: "ma-06" as const, label: CODE, programmeDay: TODAY, limit: 100 };
    const plan = await planOf(request);
    expect(plan).toContain("label_applications_holders_idx");
    expect(plan).not.toContain('"Node Type":"Seq Scan"');
    const page = await members.list(t.db, { ...request, now: new Date(`${TODAY}T12:00:00Z`) });
    expect(page.items).toHaveLength(HOLDERS);
    expect(page.items.every((m) => m.labels.some((l) => l.code === CODE))).toBe(true);
  });
});
