import { chamber } from "@ghorfa/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casablancaChamber, soussMassaChamber } from "../fixtures/chambers";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { Chamber, Indicator } from "./chamber";

const codesOf = (value: unknown) => Chamber.safeParse(value).error?.issues.map(ghorfaCodeOf) ?? [];
const souss = soussMassaChamber;

describe("Chamber", () => {
  it("accepts the demo chambers as they are", () => {
    expect(Chamber.parse(souss)).toStrictEqual(souss);
    expect(Chamber.parse(casablancaChamber)).toStrictEqual(casablancaChamber);
  });

  it("round-trips generated chambers through JSON", () => {
    fc.assert(
      fc.property(chamber, (c) => {
        const parsed = Chamber.parse(c);
        expect(parsed).toStrictEqual(c);
        expect(Chamber.parse(JSON.parse(JSON.stringify(parsed)))).toStrictEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a chamber with no seat or two seats", () => {
    const [seat, ...annexes] = souss.offices;
    expect(codesOf({ ...souss, offices: annexes })).toEqual(["chamber_seat_count"]);
    expect(codesOf({ ...souss, offices: [seat, seat, ...annexes] })).toEqual(["chamber_seat_count"]);
    expect(Chamber.safeParse({ ...souss, offices: [] }).success).toBe(false);
  });

  it("refuses a region other than the one its id names", () => {
    expect(codesOf({ ...souss, region: "ma-06" })).toEqual(["chamber_region_mismatch"]);
  });

  it("refuses a seat abroad, or an office abroad placed in Morocco", () => {
    const abroad = { kind: "abroad", name: { fr: "Délégation de Dakar" }, city: "Dakar", country: "SN" };
    expect(Chamber.safeParse({ ...souss, offices: [...souss.offices, abroad] }).success).toBe(true);
    expect(codesOf({ ...souss, offices: [...souss.offices, { ...abroad, country: "MA" }] })).toEqual([
      "office_country_mismatch",
    ]);
    const [seat, ...annexes] = souss.offices;
    expect(codesOf({ ...souss, offices: [{ ...seat, country: "ES" }, ...annexes] })).toEqual([
      "office_country_mismatch",
    ]);
  });

  it("refuses renewals out of order and mandates that end before they start", () => {
    const [iso] = souss.certifications;
    const renewals = [...(iso?.renewals ?? [])].reverse();
    expect(codesOf({ ...souss, certifications: [{ ...iso, renewals }] })).toEqual([
      "certification_renewals_order",
    ]);
    expect(
      codesOf({ ...souss, certifications: [{ ...iso, renewals: [{ year: 2024 }, { year: 2024 }] }] }),
    ).toEqual(["certification_renewals_order"]);
    const mandate = {
      post: "treasurer",
      holder: { ar: "أمين المال" },
      since: "2024-01-01",
      until: "2023-12-31",
    };
    expect(codesOf({ ...souss, bureau: [mandate] })).toEqual(["date_range_order"]);
  });

  it("refuses malformed fields", () => {
    for (const bad of [
      { ...souss, id: "ma-13" },
      { ...souss, names: { en: "English only" } },
      { ...souss, nodeUrl: "ftp://ccis.ma" },
      { ...souss, digitalServices: [{ kind: "fax", name: "Fax" }] },
      { ...souss, bureau: [{ post: "king", holder: { fr: "X" }, since: "2024-01-01" }] },
      { ...souss, offices: [{ ...souss.offices[0], country: "Maroc" }] },
      { ...souss, certifications: [{ standard: "ISO 9001", renewals: [] }] },
    ]) {
      expect(Chamber.safeParse(bad).success).toBe(false);
    }
  });
});

describe("Indicator", () => {
  it("types its value by kind: basis points, money or a count", () => {
    expect(Indicator.parse({ kind: "clean_energy_share", asOf: "2025-12-31", value: 8000 }).value).toBe(8000);
    expect(
      Indicator.parse({ kind: "monthly_rent_income", asOf: "2026-01-31", value: { amount: 17_000_000 } })
        .value,
    ).toEqual({
      amount: 17_000_000,
      currency: "MAD",
    });
    for (const bad of [
      { kind: "clean_energy_share", asOf: "2025-12-31", value: 10_001 },
      { kind: "clean_energy_share", asOf: "2025-12-31", value: 80.5 },
      { kind: "clean_energy_share", asOf: "2025-12-31", value: { amount: 8000 } },
      { kind: "entry_fees_collected", asOf: "2026-01-30", value: 470_000_000 },
      { kind: "entry_fees_collected", asOf: "2026-01-30", value: { amount: -1 } },
      { kind: "members_count", asOf: "2026-02-30", value: 3 },
      { kind: "visitors", asOf: "2026-01-30", value: 3 },
    ]) {
      expect(Indicator.safeParse(bad).success).toBe(false);
    }
  });

  it("refuses a period that ends before it starts", () => {
    const result = Indicator.safeParse({
      kind: "members_count",
      from: "2026-02-01",
      asOf: "2026-01-31",
      value: 3,
    });
    expect(result.error?.issues.map(ghorfaCodeOf)).toEqual(["date_range_order"]);
  });
});
