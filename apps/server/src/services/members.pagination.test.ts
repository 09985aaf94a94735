import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import * as members from "./members";
import { memberInput } from "./test-inputs";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

let serial = 1000;

/** A word no other member has, so each run pages over its own rows (`q` narrows the list). */
const runToken = () => `pagerun${(serial++).toString(36)}x`;

async function insert(token: string, at?: number): Promise<string> {
  const input = memberInput(serial++, { tradeName: token });
  const created = await members.create(t.db, {
    chamberId: "ma-09",
    input,
    now: at === undefined ? undefined : new Date(at),
  });
  return created.entity.id;
}

describe("member pages", () => {
  it("never skip nor repeat a row, whatever is inserted between two pages", async () => {
    const step = fc.record({
      limit: fc.integer({ min: 1, max: 4 }),
      // Inserted after the page is read; an offset in the past makes an id below the cursor.
      inserts: fc.array(fc.integer({ min: -86_400_000, max: 86_400_000 }), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10 }),
        fc.array(step, { minLength: 1, maxLength: 12 }),
        async (initialCount, steps) => {
          const token = runToken();
          const initial: string[] = [];
          for (let i = 0; i < initialCount; i++) initial.push(await insert(token));
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let i = 0; ; i++) {
            const { limit, inserts } = steps[i] ?? { limit: 4, inserts: [] };
            const page = await members.list(t.db, { chamberId: "ma-09", q: token, limit, cursor });
            expect(page.items.length).toBeLessThanOrEqual(limit);
            seen.push(...page.items.map((member) => member.id));
            for (const offset of inserts) await insert(token, Date.now() + offset);
            if (page.nextCursor === null) break;
            cursor = page.nextCursor;
          }
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen).toEqual([...seen].sort());
          expect(seen).toEqual(expect.arrayContaining(initial));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("end with a null cursor on the last page, even when it is full", async () => {
    const token = runToken();
    for (let i = 0; i < 4; i++) await insert(token);
    const first = await members.list(t.db, { chamberId: "ma-09", q: token, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await members.list(t.db, {
      chamberId: "ma-09",
      q: token,
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it("refuse a cursor this node did not make", async () => {
    await expect(
      members.list(t.db, { chamberId: "ma-09", limit: 2, cursor: "not a cursor!" }),
    ).rejects.toMatchObject({
      problem: "validation",
    });
  });
});
