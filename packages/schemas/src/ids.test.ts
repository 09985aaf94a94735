import { describe, expect, it } from "vitest";
import { FIXTURE_TIME, fixtureId, idTime, MemberId, makeId, newId, parseId } from "./ids";

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

  it("refuse a number that is not a natural", () => {
    expect(() => fixtureId("lease", "ma-09", -1)).toThrow(RangeError);
    expect(() => fixtureId("lease", "ma-09", 1.5)).toThrow(RangeError);
  });
});
