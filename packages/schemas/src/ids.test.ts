import { describe, expect, it } from "vitest";
import { idTime, MemberId, newId, parseId } from "./ids";

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
