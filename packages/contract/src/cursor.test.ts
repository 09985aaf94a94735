import { CHAMBER_IDS, ID_KINDS, type IdKind, issueCodeOf, newId, parseId } from "@ghorfa/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { Cursor } from "./pagination";

const KINDS = Object.keys(ID_KINDS) as IdKind[];
const anyId = fc
  .tuple(fc.constantFrom(...KINDS), fc.constantFrom(...CHAMBER_IDS), fc.integer({ min: 0, max: 2 ** 48 - 1 }))
  .map(([kind, chamberId, time]) => newId(kind, chamberId, time));

describe("cursors", () => {
  it("round-trip any id, and are base64url text the Cursor schema accepts", () => {
    fc.assert(
      fc.property(anyId, (id) => {
        const cursor = encodeCursor(id);
        expect(decodeCursor(cursor)).toBe(id);
        expect(Cursor.safeParse(cursor).success).toBe(true);
      }),
    );
  });

  it("refuse a well-made cursor of text that is not an id: it would reach a node's SQL", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120, unit: "grapheme" }), (text) => {
        fc.pre(parseId(text) === undefined);
        expect(decodeCursor(encodeCursor(text))).toBeUndefined();
        expect(Cursor.safeParse(encodeCursor(text)).success).toBe(false);
      }),
    );
    for (const text of [
      "mem_ma-09_\u0000",
      "\u0000",
      "mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D\u0000",
      "' or 1=1 --",
    ]) {
      expect(decodeCursor(encodeCursor(text)), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("never throws, whatever it is given, and gives back an id only for a cursor it made", () => {
    const garbage = fc.oneof(
      fc.anything(),
      fc.string({ unit: "binary" }),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/),
      fc.constantFrom("", "====", "A", "AA==", "_-_-", "%00", "\u0000", "a".repeat(100_000)),
    );
    fc.assert(
      fc.property(garbage, (cursor) => {
        const id = decodeCursor(cursor);
        if (id !== undefined) expect(encodeCursor(id)).toBe(cursor);
      }),
      { numRuns: 500 },
    );
    expect(
      decodeCursor({
        toString: () => {
          throw new Error("no");
        },
      }),
    ).toBeUndefined();
  });

  it("agrees with the Cursor schema: text it cannot decode is refused as invalid_cursor", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), (text) => {
        const parsed = Cursor.safeParse(text);
        expect(parsed.success).toBe(decodeCursor(text) !== undefined);
        if (!parsed.success)
          expect(parsed.error.issues.map((issue) => issueCodeOf(issue))).toEqual(["invalid_cursor"]);
      }),
    );
  });

  it("refuses text that no cursor was made from", () => {
    expect(decodeCursor("not a cursor!")).toBeUndefined();
    expect(decodeCursor("A")).toBeUndefined();
    expect(decodeCursor("_w")).toBeUndefined(); // a lone 0xFF byte is not UTF-8
    expect(decodeCursor("YWI=")).toBeUndefined(); // padding is never written
    expect(decodeCursor("")).toBeUndefined(); // no page ends with an empty id
  });

  it("never skips nor repeats a row while rows are inserted between pages", () => {
    // Keyset paging as the contract defines it: rows in id order, a page is the rows after the
    // cursor's id. New rows get newer ids, so they land after every row already there.
    const page = (rows: string[], cursor: string | undefined, limit: number) => {
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const items = [...rows]
        .sort()
        .filter((id) => after === undefined || id > after)
        .slice(0, limit);
      const last = items.at(-1);
      return { items, nextCursor: items.length === limit && last ? encodeCursor(last) : null };
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 20 }),
        (initial, limit, insertsPerPage) => {
          let clock = 1_760_000_000_000;
          const rows = Array.from({ length: initial }, () => newId("member", "ma-09", clock++));
          const before = [...rows];
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let i = 0; ; i++) {
            const result = page(rows, cursor, limit);
            seen.push(...result.items);
            for (let n = 0; n < (insertsPerPage[i] ?? 0); n++) rows.push(newId("member", "ma-09", clock++));
            if (result.nextCursor === null) break;
            cursor = result.nextCursor;
          }
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.slice(0, before.length)).toEqual(before);
        },
      ),
    );
  });
});
