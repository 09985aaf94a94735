import { parseReceiptNumber } from "@ghorfa/schemas";
import { casablancaSettat, soussMassa } from "@ghorfa/schemas/fixtures";
import { asc, count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members as memberService } from "../services";
import { takeDocumentNumber } from "../services/document-numbers";
import type { Database } from "./connect";
import { agreementChambers, agreements, leases, members, payments, receiptCounters, units } from "./schema";
import { DEMO_DATA, seed } from "./seed";
import { openEmptyTestDatabase, openTestDatabase, type TestDatabase } from "./testing";

const demo = [soussMassa, casablancaSettat];
const all = <T>(pick: (set: (typeof demo)[number]) => readonly T[]) => demo.flatMap(pick);

async function counts(db: Database) {
  const n = async (
    table: typeof members | typeof units | typeof leases | typeof payments | typeof agreements,
  ) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    members: await n(members),
    units: await n(units),
    leases: await n(leases),
    payments: await n(payments),
    agreements: await n(agreements),
  };
}

describe("the seeded database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(() => t.close());

  it("holds the demo of both chambers, each record as the fixtures have it", async () => {
    const stored = await t.db.select({ data: members.data }).from(members).orderBy(asc(members.id));
    // Labels of the chamber's own programmes are not kept with the member: decisions grant them.
    const kept = demo.flatMap((set) => {
      const codes = new Set(set.labelSchemes.map((scheme) => scheme.code));
      return set.members.map((m) => ({ ...m, labels: m.labels.filter((l) => !codes.has(l.code)) }));
    });
    expect(stored.map((row) => row.data)).toEqual(kept.sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await counts(t.db)).toEqual({
      members: all((set) => set.members).length,
      units: all((set) => set.units).length,
      leases: all((set) => set.leases).length,
      payments: all((set) => set.payments).length,
      agreements: new Set(all((set) => set.agreements).map((a) => a.id)).size,
    });
  });

  // labels (issue 13)
  it("serves each member with the labels the fixtures show, derived from the label decisions", async () => {
    for (const set of demo) {
      const page = await memberService.list(t.db, {
        chamberId: set.chamber.id,
        limit: 500,
        now: new Date("2026-01-30T12:00:00Z"),
      });
      expect(page.items.map((m) => [m.id, m.labels])).toEqual(set.members.map((m) => [m.id, m.labels]));
    }
  });

  it("continues each label series after the demo's last label number of each year", async () => {
    const taken = await t.db.transaction((tx) =>
      takeDocumentNumber(tx, { chamberId: "ma-09", series: "SM", year: 2026 }),
    );
    const issued = soussMassa.labelApplications
      .flatMap((a) => a.decisions)
      .flatMap((d) => (d.kind === "granted" && d.labelNumber.startsWith("SM-2026-") ? [d.labelNumber] : []));
    expect(issued.length).toBeGreaterThan(0);
    expect(taken).toBe(`SM-2026-${String(issued.length + 1).padStart(6, "0")}`);
  });

  it("lets every party chamber of an agreement see it", async () => {
    const rows = await t.db.select().from(agreementChambers);
    for (const agreement of all((set) => set.agreements)) {
      const parties = agreement.parties.flatMap((p) => (p.chamberId ? [p.chamberId] : []));
      const seenBy = rows.filter((row) => row.agreementId === agreement.id).map((row) => row.chamberId);
      expect(seenBy.sort()).toEqual([...new Set(parties)].sort());
    }
  });

  it("continues each chamber's receipt numbers after the demo's last receipt of each year", async () => {
    const last = new Map<string, number>();
    for (const payment of all((set) => set.payments)) {
      const parsed = parseReceiptNumber(payment.receiptNumber);
      if (!parsed) continue;
      const key = `${payment.chamberId} ${parsed.year}`;
      last.set(key, Math.max(last.get(key) ?? 0, parsed.sequence));
    }
    const counters = await t.db.select().from(receiptCounters);
    expect(new Map(counters.map((c) => [`${c.chamberId} ${c.year}`, c.last]))).toEqual(last);
  });

  it("does not seed twice", async () => {
    const before = await counts(t.db);
    expect(await seed(t.db)).toBe(false);
    expect(await counts(t.db)).toEqual(before);
  });
});

describe("seeding a new database", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openEmptyTestDatabase();
  });
  afterAll(() => t.close());

  it("seeds once when two starts race", async () => {
    const results = await Promise.all([seed(t.db, DEMO_DATA), seed(t.db, DEMO_DATA)]);
    expect(results.sort()).toEqual([false, true]);
    expect((await counts(t.db)).members).toBe(all((set) => set.members).length);
  });
});
