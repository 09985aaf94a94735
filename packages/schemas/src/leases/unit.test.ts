import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { ghorfaCodes, sampleUnit } from "../testing/domain-samples";
import { Unit } from "./unit";

describe("Unit", () => {
  it("accepts a shop of the multi-service complex with its area in square decimetres", () => {
    const unit = sampleUnit();
    expect(Unit.parse(unit)).toEqual(unit);
  });

  it("accepts a basement unit (negative floor) without a status", () => {
    const { status: _, ...unit } = sampleUnit({ floor: -1, kind: "storage" });
    expect(Unit.safeParse(unit).success).toBe(true);
  });

  it("rejects an area that is not a whole number of square decimetres, or not positive", () => {
    expect(Unit.safeParse(sampleUnit({ areaDm2: 42.5 })).success).toBe(false);
    expect(Unit.safeParse(sampleUnit({ areaDm2: 0 })).success).toBe(false);
  });

  it("rejects a fractional floor, an unknown kind and a lowercase building code", () => {
    expect(Unit.safeParse(sampleUnit({ floor: 1.5 })).success).toBe(false);
    expect(Unit.safeParse({ ...sampleUnit(), kind: "garage" }).success).toBe(false);
    expect(Unit.safeParse(sampleUnit({ building: { code: "cms", name: { fr: "Complexe" } } })).success).toBe(
      false,
    );
  });

  it("rejects a unit whose id names another chamber, with its own issue code", () => {
    expect(ghorfaCodes(Unit, sampleUnit({ id: fixtureId("unit", "ma-06", 1) }))).toEqual([
      "unit_chamber_mismatch",
    ]);
  });

  it("rejects a building name with neither Arabic nor French", () => {
    const unit = sampleUnit({ building: { code: "CMS", name: { en: "Multi-service complex" } } });
    expect(ghorfaCodes(Unit, unit)).toEqual(["localized_text_required"]);
  });
});
