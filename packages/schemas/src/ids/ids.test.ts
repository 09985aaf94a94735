import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHAMBER_IDS } from "./chamber-id";
import {
  FIXTURE_TIME,
  fixtureId,
  ID_KINDS,
  type IdKind,
  idOf,
  idTime,
  MemberId,
  makeId,
  newId,
  parseId,
  ulid,
} from "./ids";

describe("global ids", () => {
  it("carry the kind and the owning chamber", () => {
    const id = newId("member", "ma-09");
    expect(parseId(id)).toMatchObject({ kind: "member", chamberId: "ma-09" });
    expect(MemberId.safeParse(id).success).toBe(true);
  });

  it("sort in creation order, even within one millisecond", () => {
    const ids = Array.from({ length: 500 }, (_, i) => newId("lease", "ma-06", 1_700_000_000_000 + (i >> 4)));
    expect([...ids].sort()).toEqual(ids);
    expect(idTime(ids[0] as string)).toBe(1_700_000_000_000);
  });

  it("reject an id of another kind or an unknown chamber", () => {
    expect(MemberId.safeParse(newId("unit", "ma-09")).success).toBe(false);
    expect(MemberId.safeParse("mem_ma-13_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D").success).toBe(false);
    expect(parseId("mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3I")).toBeUndefined();
  });
});

describe("parseId", () => {
  const valid = "mem_ma-09_01KG722XM00000000000000000";

  it("reads back the parts of an id", () => {
    expect(parseId(valid)).toEqual({
      kind: "member",
      chamberId: "ma-09",
      ulid: "01KG722XM00000000000000000",
    });
  });

  it.each([
    ["a lowercase ULID", "mem_ma-09_01kg722xm00000000000000000"],
    ["a ULID of 27 characters", "mem_ma-09_01KG722XM000000000000000000"],
    ["a ULID of 25 characters", "mem_ma-09_01KG722XM000000000000000"],
    ["a ULID whose time overflows 48 bits", "mem_ma-09_81KG722XM00000000000000000"],
    ["a ULID with a letter Crockford leaves out (U)", "mem_ma-09_01KG722XM0000000000000000U"],
    ["an unknown prefix", "abc_ma-09_01KG722XM00000000000000000"],
    ["an uppercase prefix", "MEM_ma-09_01KG722XM00000000000000000"],
    ["an uppercase chamber", "mem_MA-09_01KG722XM00000000000000000"],
    ["a chamber of the 1997 regions", "mem_ma-16_01KG722XM00000000000000000"],
    ["surrounding spaces", ` ${valid} `],
    ["a missing separator", "memma-09_01KG722XM00000000000000000"],
    ["nothing", ""],
  ])("is undefined for %s", (_, id) => {
    expect(parseId(id)).toBeUndefined();
    expect(() => idTime(id)).toThrow(TypeError);
  });

  it("accepts exactly what the id schema of its kind accepts", () => {
    const kinds = Object.keys(ID_KINDS) as IdKind[];
    const candidate = fc
      .tuple(
        fc.constantFrom(...Object.values(ID_KINDS), "abc", "MEM"),
        fc.constantFrom(...CHAMBER_IDS, "ma-00", "ma-13", "MA-09"),
        fc.stringMatching(/^[0-9A-Za-z]{25,27}$/),
      )
      .map(([prefix, chamber, rest]) => `${prefix}_${chamber}_${rest}`);
    fc.assert(
      fc.property(
        fc.oneof(
          candidate,
          fc.ulid().map((u) => `lse_ma-06_${u}`),
        ),
        (id) => {
          const parsed = parseId(id);
          const schemaKinds = kinds.filter((kind) => idOf(kind).safeParse(id).success);
          expect(parsed === undefined ? [] : [parsed.kind]).toEqual(schemaKinds);
        },
      ),
    );
  });
});

describe("newId and ulid", () => {
  it("make ids that sort in the order they were made, within and across milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (count) => {
        const ids = Array.from({ length: count }, () => newId("member", "ma-09"));
        expect([...ids].sort()).toEqual(ids);
        expect(new Set(ids).size).toBe(count);
      }),
      { numRuns: 50 },
    );
  });

  it("keep the clock's ids in order when ids at other given times are made in between", () => {
    const before = newId("member", "ma-09");
    newId("member", "ma-09", 0);
    newId("member", "ma-09", 2 ** 48 - 1);
    const after = newId("member", "ma-09");
    expect(before < after).toBe(true);
    // A given time in the future does not stamp later clock ids with it.
    expect(idTime(after)).toBeLessThan(2 ** 47);
  });

  it("make successive ids at non-decreasing given times sort in order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 100 }), (steps) => {
        let time = 1_700_000_000_000;
        const ids = steps.map((step) => {
          time += step;
          return newId("payment", "ma-01", time);
        });
        expect([...ids].sort()).toEqual(ids);
        expect(ids.map(idTime)).toEqual(
          steps.map((_, i) => 1_700_000_000_000 + steps.slice(0, i + 1).reduce((a, b) => a + b, 0)),
        );
      }),
    );
  });

  it("refuse a time a ULID cannot hold, and an unknown kind or chamber", () => {
    for (const now of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 48]) {
      expect(() => ulid(now)).toThrow(RangeError);
      expect(() => newId("member", "ma-09", now)).toThrow(RangeError);
    }
    expect(ulid(0)).toMatch(/^0{10}[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(ulid(2 ** 48 - 1)).toMatch(/^7Z{9}/);
    expect(() => newId("person" as never, "ma-09")).toThrow(TypeError);
    expect(() => newId("member", "ma-13" as never)).toThrow(TypeError);
    expect(() => makeId("person" as never, "ma-09", "01KG722XM00000000000000000")).toThrow(TypeError);
  });
});

describe("makeId and fixtureId", () => {
  it("build an id from its parts, refusing a malformed ULID", () => {
    const id = makeId("agreement", "ma-09", "01KG722XM00000000000000000");
    expect(parseId(id)).toEqual({
      kind: "agreement",
      chamberId: "ma-09",
      ulid: "01KG722XM00000000000000000",
    });
    expect(() => makeId("member", "ma-09", "01KG722XM0000000000000000I")).toThrow(TypeError);
    expect(() => makeId("member", "ma-09", "short")).toThrow(TypeError);
  });

  it("make the same valid id for the same kind, chamber and number, in number order", () => {
    const ids = Array.from({ length: 300 }, (_, n) => fixtureId("member", "ma-09", n));
    expect(ids.map((_, n) => fixtureId("member", "ma-09", n))).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(MemberId.safeParse(id).success).toBe(true);
    expect(idTime(ids[7] as string)).toBe(FIXTURE_TIME + 7);
  });

  it("are stable: the time is the Agadir meeting plus n ms, the random part n in base 32", () => {
    expect(fixtureId("member", "ma-09", 0)).toBe("mem_ma-09_01KG722XM00000000000000000");
    // 33 = 1 × 32 + 1: "11" in Crockford base 32; the time is 2026-01-30T09:00:00.033Z.
    const id = fixtureId("lease", "ma-06", 33);
    expect(id.endsWith("0000000000000011")).toBe(true);
    expect(new Date(idTime(id)).toISOString()).toBe("2026-01-30T09:00:00.033Z");
  });

  it("refuse a number that is not a natural", () => {
    expect(() => fixtureId("lease", "ma-09", -1)).toThrow(RangeError);
    expect(() => fixtureId("lease", "ma-09", 1.5)).toThrow(RangeError);
  });
});
