import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonthsToDate,
  addMonthsToMonth,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
} from "./calendar";

const DAY_MS = 86_400_000;

describe("day numbers", () => {
  it("agree with Date on every day from 1000 to 9999", () => {
    const min = Date.UTC(1000, 0, 1) / DAY_MS;
    const max = Date.UTC(9999, 11, 31) / DAY_MS;
    fc.assert(
      fc.property(fc.integer({ min, max }), (day) => {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(day);
        expect(fromDayNumber(day)).toBe(iso);
      }),
    );
  });

  it("count the years 0000 to 0099 as themselves, not as 1900 to 1999", () => {
    // Year 0 is a leap year in the proleptic Gregorian calendar; 1900 is not.
    expect(daysBetween("0000-02-28", "0000-03-01")).toBe(2);
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
    expect(daysBetween("0000-01-01", "0001-01-01")).toBe(366);
    expect(daysBetween("0000-01-01", "1970-01-01")).toBe(719_528);
    expect(fromDayNumber(dayNumber("0050-06-15"))).toBe("0050-06-15");
    expect(addDays("0004-02-28", 1)).toBe("0004-02-29");
  });
});

describe("months", () => {
  it("know February's length by the Gregorian rule", () => {
    expect([2026, 2028, 2000, 1900, 2100, 0, 100, 400].map((y) => isLeapYear(y))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(daysInMonth("2028-02")).toBe(29);
    expect(daysInMonth("2026-02")).toBe(28);
    expect(daysInMonth("0000-02")).toBe(29);
    expect(daysInMonth("0100-02")).toBe(28);
    expect(daysInMonth("2026-04")).toBe(30);
    expect(daysInMonth("2026-12")).toBe(31);
  });

  it("cross year boundaries both ways", () => {
    expect(addMonthsToMonth("2025-12", 1)).toBe("2026-01");
    expect(addMonthsToMonth("2026-01", -1)).toBe("2025-12");
    expect(addMonthsToMonth("2026-01", -25)).toBe("2023-12");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });

  it("clamp a day the target month lacks to its last day", () => {
    expect(addMonthsToDate("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDate("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsToDate("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsToDate("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonthsToDate("2026-03-31", -1)).toBe("2026-02-28");
  });
});
