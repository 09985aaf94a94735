import { describe, expect, it } from "vitest";
import { currentMonth, formatCount, formatMonth, monthsUpTo, parseMonth } from "./format";

describe("the dashboard's months", () => {
  it("reads a month from the address only when it is one", () => {
    expect(parseMonth("2026-01")).toBe("2026-01");
    for (const bad of [null, "", "2026-13", "2026-1", "2026-01-01", "janvier"])
      expect(parseMonth(bad)).toBeUndefined();
  });

  it("is the month in Morocco: 31 December 23:30 UTC is already January in Casablanca (GMT+1)", () => {
    expect(currentMonth(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01");
    expect(currentMonth(new Date("2026-01-15T12:00:00Z"))).toBe("2026-01");
  });

  it("lists the months up to one, across a year's end, newest first", () => {
    expect(monthsUpTo("2026-02", 4)).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
  });

  it("writes counts in the locale", () => {
    expect(formatCount(1234, "en")).toBe("1,234");
    // French as written in Morocco groups thousands with a dot, as CLDR says.
    expect(formatCount(1234, "fr-MA")).toBe(new Intl.NumberFormat("fr-MA").format(1234));
    expect(formatCount(1234, "fr-MA")).not.toBe("1234");
  });

  it("names a month in words, in Tifinagh for Tamazight whatever the runtime's data", () => {
    expect(formatMonth("2026-01", "fr-MA")).toBe("janvier 2026");
    const zgh = formatMonth("2026-01", "zgh");
    expect(zgh).toMatch(/[\u2d30-\u2d7f]/u);
    expect(zgh).toMatch(/2026/);
    expect(zgh).not.toMatch(/January|15/);
  });
});
