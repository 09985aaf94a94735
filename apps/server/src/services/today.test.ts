import { describe, expect, it } from "vitest";
import { moroccanDate } from "./today";

describe("moroccanDate", () => {
  it("gives the date in Morocco, which can differ from the UTC date", () => {
    // Africa/Casablanca is UTC+1 outside Ramadan: 23:30 UTC on 14 Jan 2026 is already the 15th.
    expect(moroccanDate(new Date("2026-01-14T23:30:00Z"))).toBe("2026-01-15");
    expect(moroccanDate(new Date("2026-01-14T12:00:00Z"))).toBe("2026-01-14");
  });
});
