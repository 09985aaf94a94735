import { describe, expect, it } from "vitest";
import { CHECKS } from "./report";
import {
  AREAS,
  CHECK_REQUIREMENTS,
  isRequirementId,
  REQUIREMENT_IDS,
  REQUIREMENTS,
  requirement,
} from "./requirements";

describe("the requirement table", () => {
  it("gives every id the GH-<AREA>-<NNN> shape with a known area, once", () => {
    expect(new Set(REQUIREMENT_IDS).size).toBe(REQUIREMENT_IDS.length);
    for (const id of REQUIREMENT_IDS) {
      const match = /^GH-([A-Z0-9]+)-(\d{3})$/.exec(id);
      expect(match, id).not.toBeNull();
      expect(AREAS as readonly string[]).toContain(match?.[1]);
    }
  });

  it("numbers each area from 001 without a hole, so a new id is the next free number", () => {
    for (const area of AREAS) {
      const numbers = REQUIREMENT_IDS.filter((id) => id.split("-")[1] === area).map((id) =>
        Number(id.split("-")[2]),
      );
      expect(numbers.length, area).toBeGreaterThan(0);
      expect(numbers, area).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it("keeps the ids other files already name", () => {
    // An expected-failures file written today must still parse tomorrow: these ids never move.
    expect(requirement("GH-IDEM-003").title).toBe("Concurrent duplicates make one record");
    expect(requirement("GH-TENANT-001").level).toBe("MUST");
    expect(requirement("GH-PROP-002").title).toBe("Valid requests never get a 5xx");
  });

  it("gives each requirement a level, a profile, a one-line title and what it expects", () => {
    for (const r of REQUIREMENTS) {
      expect(["MUST", "SHOULD"]).toContain(r.level);
      expect(["core", "full"]).toContain(r.profile);
      expect(r.title).not.toMatch(/\n/);
      expect(r.expects.length).toBeGreaterThan(10);
      expect(r.area).toBe(r.id.split("-")[1]);
    }
  });

  it("maps each check of the property phase to a requirement of the table", () => {
    expect(Object.keys(CHECK_REQUIREMENTS).sort()).toEqual([...CHECKS].sort());
    for (const id of Object.values(CHECK_REQUIREMENTS)) expect(isRequirementId(id)).toBe(true);
    expect(new Set(Object.values(CHECK_REQUIREMENTS)).size).toBe(CHECKS.length);
  });

  it("tells an id from a string that is not one", () => {
    expect(isRequirementId("GH-IDEM-001")).toBe(true);
    expect(isRequirementId("GH-IDEM-999")).toBe(false);
    expect(isRequirementId("gh-idem-001")).toBe(false);
  });
});
