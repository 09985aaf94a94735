import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSimple, sqlLiteral } from "./simple-query";
import { openTestDatabase, type TestDatabase } from "./testing";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("sqlLiteral and runSimple", () => {
  it("read any text back as it was written, quotes and backslashes included", async () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom("'", "\\", '"', "E", "$", ";", "-", "a", " ", "\n") }),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
    );
    await fc.assert(
      fc.asyncProperty(
        text.filter((value) => !value.includes("\0")),
        async (value) => {
          const rows = await runSimple(t.db, `select ${sqlLiteral(value)} as value`);
          expect(rows).toEqual([{ value }]);
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it("is the same inside a transaction, on the transaction's connection", async () => {
    const seen = await t.db.transaction(async (tx) => {
      await runSimple(tx, "create temporary table simple_probe (v text) on commit drop");
      await runSimple(tx, `insert into simple_probe values (${sqlLiteral("it's \\ here")})`);
      return runSimple(tx, "select v from simple_probe");
    });
    expect(seen).toEqual([{ v: "it's \\ here" }]);
  });

  it("writes integers and null, and refuses what PostgreSQL text cannot hold", () => {
    expect(sqlLiteral(201)).toBe("201");
    expect(sqlLiteral(-7)).toBe("-7");
    expect(sqlLiteral(null)).toBe("NULL");
    expect(() => sqlLiteral(1.5)).toThrow(RangeError);
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => sqlLiteral("a\0b")).toThrow(RangeError);
  });
});
