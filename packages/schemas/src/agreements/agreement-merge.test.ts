import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { sampleAgreement } from "../testing/domain-samples";
import { agreementChambers, compareCopies, mergeAgreements, mergeCopies } from "./agreement-merge";

const twinning = sampleAgreement({
  kind: "twinning",
  parties: [
    {
      kind: "federation_chamber",
      role: "signatory",
      chamberId: "ma-09",
      name: { fr: "CCIS Souss-Massa" },
      country: "MA",
    },
    {
      kind: "federation_chamber",
      role: "signatory",
      chamberId: "ma-06",
      name: { fr: "CCIS Casablanca-Settat" },
      country: "MA",
    },
  ],
});

describe("agreementChambers", () => {
  it("names the federation chambers among the parties, once each", () => {
    expect(agreementChambers(twinning)).toEqual(["ma-09", "ma-06"]);
    expect(agreementChambers(sampleAgreement())).toEqual(["ma-09"]);
  });
});

describe("mergeAgreements", () => {
  it("keeps one copy of an agreement two nodes both serve, the most recently updated", () => {
    const stale = twinning;
    const fresh = { ...twinning, status: "in_force" as const, updatedAt: "2026-02-01T08:00:00Z" };
    const other = sampleAgreement({ id: fixtureId("agreement", "ma-09", 1) });
    expect(mergeAgreements([fresh, other], [stale])).toEqual(
      [other, fresh].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(mergeAgreements([stale], [fresh])).toEqual([fresh]);
  });

  it("returns nothing from no lists", () => {
    expect(mergeAgreements()).toEqual([]);
  });
});

describe("compareCopies", () => {
  const fresh = { ...twinning, updatedAt: "2026-02-01T08:00:00Z", published: true };
  const recorder = chamberOfId(twinning.id);

  it("keeps the recording chamber's copy, even when a party's copy is newer", () => {
    expect(recorder).toBe("ma-09");
    const own = { item: twinning, chamberId: "ma-09" };
    const party = { item: fresh, chamberId: "ma-06" };
    expect(compareCopies(own, party)).toBeLessThan(0);
    expect(compareCopies(party, own)).toBeGreaterThan(0);
    expect(
      mergeAgreements({ chamberId: "ma-06", items: [fresh] }, { chamberId: "ma-09", items: [twinning] }),
    ).toEqual([twinning]);
  });

  it("without the recorder's copy, keeps the most recently updated, then the smallest chamber and node", () => {
    expect(
      compareCopies({ item: fresh, chamberId: "ma-06" }, { item: twinning, chamberId: "ma-01" }),
    ).toBeLessThan(0);
    expect(
      compareCopies({ item: twinning, chamberId: "ma-01" }, { item: twinning, chamberId: "ma-06" }),
    ).toBeLessThan(0);
    expect(
      compareCopies(
        { item: twinning, chamberId: "ma-09", node: "https://a.example" },
        { item: fresh, chamberId: "ma-09", node: "https://b.example" },
      ),
    ).toBeGreaterThan(0);
    expect(
      compareCopies(
        { item: twinning, chamberId: "ma-09", node: "https://a.example" },
        { item: twinning, chamberId: "ma-09", node: "https://b.example" },
      ),
    ).toBeLessThan(0);
  });

  it("keeps the same copy whatever order the lists come in", () => {
    const copy = fc.record({
      chamberId: fc.constantFrom("ma-01", "ma-06", "ma-09"),
      node: fc.constantFrom("https://a.example", "https://b.example"),
      updatedAt: fc.constantFrom("2026-01-30T10:00:00Z", "2026-02-01T08:00:00Z", "2026-02-01T09:00:00+01:00"),
      n: fc.nat({ max: 3 }),
    });
    const lists = fc
      .uniqueArray(copy, { maxLength: 8, selector: (c) => `${c.chamberId} ${c.node} ${c.n}` })
      .map((copies) =>
        copies.map(({ chamberId, node, updatedAt, n }) => ({
          chamberId,
          node,
          items: [{ id: fixtureId("agreement", "ma-09", n), updatedAt, servedBy: `${chamberId} ${node}` }],
        })),
      );
    const listsInTwoOrders = lists.chain((sources) =>
      fc.tuple(fc.constant(sources), fc.shuffledSubarray(sources, { minLength: sources.length })),
    );
    fc.assert(
      fc.property(listsInTwoOrders, ([sources, shuffled]) => {
        expect(mergeCopies(shuffled)).toEqual(mergeCopies(sources));
      }),
    );
  });
});
