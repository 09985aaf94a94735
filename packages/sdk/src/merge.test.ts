import { fixtureId, makeId } from "@ghorfa/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds, mergeById, mergeStreams } from "./merge";

const agr = (chamber: "ma-06" | "ma-09", n: number) => ({ id: fixtureId("agreement", chamber, n), chamber });

async function* stream<T>(items: readonly T[], failAfter?: number) {
  let count = 0;
  for (const item of items) {
    if (count++ === failAfter) throw new Error("node went away");
    yield item;
  }
}

describe("compareIds", () => {
  it("orders ids of different chambers by creation time", () => {
    const early = makeId("agreement", "ma-09", "01JQ3Z8K5V6W7X8Y9Z0A1B2C3D");
    const late = makeId("agreement", "ma-01", "01JQ3Z8K6V6W7X8Y9Z0A1B2C3D");
    expect(compareIds(early, late)).toBeLessThan(0);
    expect(compareIds(late, early)).toBeGreaterThan(0);
    expect(compareIds(early, early)).toBe(0);
  });

  it("puts ids it cannot read last", () => {
    expect(compareIds("not-an-id", fixtureId("member", "ma-09", 1))).toBeGreaterThan(0);
  });
});

describe("mergeById", () => {
  it("keeps one copy of a record two chambers share, the owner's", () => {
    const shared = fixtureId("agreement", "ma-06", 2);
    const merged = mergeById([
      { chamberId: "ma-09", items: [agr("ma-09", 1), { id: shared, chamber: "ma-09" }] },
      { chamberId: "ma-06", items: [{ id: shared, chamber: "ma-06" }, agr("ma-06", 3)] },
    ]);
    expect(merged.map((item) => item.id)).toEqual([
      fixtureId("agreement", "ma-09", 1),
      shared,
      fixtureId("agreement", "ma-06", 3),
    ]);
    expect(merged.find((item) => item.id === shared)?.chamber).toBe("ma-06");
  });

  it("gives every id once, in id order, whatever the sources", () => {
    const source = fc
      .array(fc.nat({ max: 30 }), { maxLength: 20 })
      .map((ns) => ns.map((n) => agr("ma-09", n)));
    fc.assert(
      fc.property(fc.array(source, { maxLength: 5 }), (sources) => {
        const merged = mergeById(sources.map((items) => ({ items })));
        const ids = merged.map((item) => item.id);
        const expected = [...new Set(sources.flat().map((item) => item.id))].sort(compareIds);
        return JSON.stringify(ids) === JSON.stringify(expected);
      }),
    );
  });
});

describe("mergeStreams", () => {
  it("interleaves sorted streams into one sorted stream without repeats", async () => {
    const a = [1, 4, 5].map((n) => agr("ma-09", n));
    const b = [2, 4, 6].map((n) => agr("ma-09", n));
    const out: string[] = [];
    for await (const item of mergeStreams([stream(a), stream(b)], () => undefined)) out.push(item.id);
    expect(out).toEqual([1, 2, 4, 5, 6].map((n) => fixtureId("agreement", "ma-09", n)));
  });

  it("reports a stream that fails and goes on with the others", async () => {
    const failures: number[] = [];
    const out: string[] = [];
    const good = stream([1, 3].map((n) => agr("ma-06", n)));
    const bad = stream(
      [2, 4].map((n) => agr("ma-09", n)),
      1,
    );
    for await (const item of mergeStreams([good, bad], (index) => failures.push(index))) out.push(item.id);
    expect(failures).toEqual([1]);
    expect(out).toEqual([
      fixtureId("agreement", "ma-06", 1),
      fixtureId("agreement", "ma-09", 2),
      fixtureId("agreement", "ma-06", 3),
    ]);
  });

  it("yields each id once and in order for any sorted inputs", async () => {
    const sortedIds = fc
      .uniqueArray(fc.nat({ max: 50 }), { maxLength: 15 })
      .map((ns) => ns.sort((x, y) => x - y).map((n) => agr("ma-09", n)));
    await fc.assert(
      fc.asyncProperty(fc.array(sortedIds, { maxLength: 4 }), async (lists) => {
        const out: string[] = [];
        for await (const item of mergeStreams(
          lists.map((list) => stream(list)),
          () => undefined,
        ))
          out.push(item.id);
        const expected = [...new Set(lists.flat().map((item) => item.id))].sort(compareIds);
        return JSON.stringify(out) === JSON.stringify(expected);
      }),
    );
  });
});
