import { fixtureId, makeId, mergeCopies } from "@ghorfa/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds, mergeStreams } from "./merge";

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

describe("mergeCopies, as the federation's list uses it", () => {
  it("keeps one copy of a record two chambers share, the owner's", () => {
    const shared = fixtureId("agreement", "ma-06", 2);
    const merged = mergeCopies([
      { chamberId: "ma-09", items: [agr("ma-09", 1), { id: shared, chamber: "ma-09" }] },
      { chamberId: "ma-06", items: [{ id: shared, chamber: "ma-06" }, agr("ma-06", 3)] },
    ]);
    // In id order, as every node lists them: by recording chamber, then creation.
    expect(merged.map((item) => item.id)).toEqual([
      shared,
      fixtureId("agreement", "ma-06", 3),
      fixtureId("agreement", "ma-09", 1),
    ]);
    expect(merged.find((item) => item.id === shared)?.chamber).toBe("ma-06");
  });

  it("gives every id once, in id order, whatever the sources", () => {
    const source = fc
      .array(fc.nat({ max: 30 }), { maxLength: 20 })
      .map((ns) => ns.map((n) => agr("ma-09", n)));
    fc.assert(
      fc.property(fc.array(source, { maxLength: 5 }), (sources) => {
        const merged = mergeCopies(sources.map((items) => ({ items })));
        const ids = merged.map((item) => item.id);
        const expected = [...new Set(sources.flat().map((item) => item.id))].sort();
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
    for await (const item of mergeStreams([{ items: stream(a) }, { items: stream(b) }], () => undefined))
      out.push(item.id);
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
    for await (const item of mergeStreams([{ items: good }, { items: bad }], (index) => failures.push(index)))
      out.push(item.id);
    expect(failures).toEqual([1]);
    expect(out).toEqual([
      fixtureId("agreement", "ma-06", 1),
      fixtureId("agreement", "ma-06", 3),
      fixtureId("agreement", "ma-09", 2),
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
          lists.map((list) => ({ items: stream(list) })),
          () => undefined,
        ))
          out.push(item.id);
        const expected = [...new Set(lists.flat().map((item) => item.id))].sort();
        return JSON.stringify(out) === JSON.stringify(expected);
      }),
    );
  });
});

describe("the federation's list and iterate", () => {
  // Node answers as nodes give them: each (node, chamber) list in id order, holding agreements
  // recorded by several chambers, in copies that differ (each party keeps its own `published`,
  // and a copy may be older or newer than another node's).
  const chambers = ["ma-01", "ma-06", "ma-09"] as const;
  const answer = fc.record({
    node: fc.constantFrom("https://souss.example", "https://casa.example"),
    chamberId: fc.constantFrom(...chambers),
    items: fc.uniqueArray(
      fc.record({
        recorder: fc.constantFrom(...chambers),
        n: fc.nat({ max: 6 }),
        updatedAt: fc.constantFrom(
          "2026-01-30T10:00:00Z",
          "2026-02-01T08:00:00Z",
          "2026-02-01T10:00:00+01:00",
        ),
        published: fc.boolean(),
      }),
      { maxLength: 8, selector: (item) => `${item.recorder} ${item.n}` },
    ),
  });
  const answers = fc
    .uniqueArray(answer, { maxLength: 6, selector: (a) => `${a.node} ${a.chamberId}` })
    .map((lists) =>
      lists.map(({ node, chamberId, items }) => ({
        node,
        chamberId,
        items: items
          .map(({ recorder, n, updatedAt, published }) => ({
            id: fixtureId("agreement", recorder, n),
            updatedAt,
            published,
            servedBy: `${chamberId} at ${node}`,
          }))
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
      })),
    );

  it("pick the same copy of every id, in the same order, from the same node answers", async () => {
    await fc.assert(
      fc.asyncProperty(answers, async (lists) => {
        const listed = mergeCopies(lists);
        const iterated = [];
        for await (const item of mergeStreams(
          lists.map((list) => ({ ...list, items: stream(list.items) })),
          () => undefined,
        ))
          iterated.push(item);
        expect(iterated).toEqual(listed);
      }),
    );
  });

  it("keep the recording chamber's copy of an agreement both chambers' nodes hold", async () => {
    const shared = fixtureId("agreement", "ma-06", 2);
    const lists = [
      {
        node: "https://souss.example",
        chamberId: "ma-09",
        items: [{ id: shared, updatedAt: "2026-02-01T08:00:00Z", published: true }],
      },
      {
        node: "https://casa.example",
        chamberId: "ma-06",
        items: [{ id: shared, updatedAt: "2026-01-30T10:00:00Z", published: false }],
      },
    ];
    const iterated = [];
    for await (const item of mergeStreams(
      lists.map((list) => ({ ...list, items: stream(list.items) })),
      () => undefined,
    ))
      iterated.push(item);
    expect(iterated).toEqual([lists[1]?.items[0]]);
    expect(mergeCopies(lists)).toEqual(iterated);
  });
});
