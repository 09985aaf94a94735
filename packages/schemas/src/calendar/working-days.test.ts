import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moroccanHolidays } from "./moroccan-holidays";
import { addWorkingDays, isWorkingDay } from "./working-days";

const calendar2026 = moroccanHolidays(2026, 2027);

describe("addWorkingDays", () => {
  it("skips the weekend: Friday plus one working day is Monday", () => {
    // 2026-02-06 is a Friday.
    expect(addWorkingDays("2026-02-06", 1, calendar2026)).toBe("2026-02-09");
    expect(addWorkingDays("2026-02-07", 1, calendar2026)).toBe("2026-02-09");
  });

  it("gives the start itself for zero days", () => {
    expect(addWorkingDays("2026-02-07", 0, calendar2026)).toBe("2026-02-07");
  });

  it("skips both days of Eid al-Fitr 2026 (Friday 20 and Saturday 21 March) and the weekend", () => {
    // Thursday 19 March + 1 working day: Friday (Eid), Saturday (Eid), Sunday → Monday 23.
    expect(addWorkingDays("2026-03-19", 1, calendar2026)).toBe("2026-03-23");
  });

  it("crosses a year end without counting 1 January, 11 January or 14 January", () => {
    // Thursday 31 December 2026: Friday 1 January is New Year's Day; Monday 4 is the next working day.
    expect(addWorkingDays("2026-12-31", 1, calendar2026)).toBe("2027-01-04");
    // Monday 11 and Thursday 14 January 2027 are holidays: 4,5,6,7,8 | 12,13,15 → the 8th working day is the 15th.
    expect(addWorkingDays("2026-12-31", 8, calendar2026)).toBe("2027-01-15");
  });

  it("counts Unity Day (31 October) from 2026 only", () => {
    expect(isWorkingDay("2025-10-31", moroccanHolidays(2025, 2025))).toBe(true);
    // 31 October 2026 is a Saturday; in 2027 it is a Sunday; in 2028, a Tuesday.
    expect(isWorkingDay("2028-10-31", moroccanHolidays(2028, 2028))).toBe(false);
  });

  it("refuses a count beyond the years the calendar knows, or a negative or fractional one", () => {
    expect(() => addWorkingDays("2027-12-20", 30, calendar2026)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-05", -1, calendar2026)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-01-05", 1.5, calendar2026)).toThrow(RangeError);
    expect(() => addWorkingDays("2030-01-05", 1, calendar2026)).toThrow(RangeError);
  });

  it("always lands on a working day, later than the start, after exactly n working days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 1, max: 60 }), (offset, n) => {
        const start = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const due = addWorkingDays(start, n, calendar2026);
        expect(due > start).toBe(true);
        expect(isWorkingDay(due, calendar2026)).toBe(true);
        // The day before `due` is n - 1 working days after the start at most.
        let count = 0;
        for (let d = new Date(`${start}T00:00:00Z`); ; ) {
          d.setUTCDate(d.getUTCDate() + 1);
          const iso = d.toISOString().slice(0, 10);
          if (isWorkingDay(iso, calendar2026)) count++;
          if (iso === due) break;
        }
        expect(count).toBe(n);
      }),
      { numRuns: 50 },
    );
  });
});
