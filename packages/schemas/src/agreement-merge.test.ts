import { describe, expect, it } from "vitest";
import { agreementChambers, mergeAgreements } from "./agreement-merge";
import { fixtureId } from "./ids";
import { sampleAgreement } from "./testing/domain-samples";

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
