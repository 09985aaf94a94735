import { dateOfDayNumber, dayNumber, weekdayOf } from "./day-number";
import type { HolidayCalendar } from "./moroccan-holidays";

/** The most working days a count may add: beyond a few years the holiday data runs out anyway. */
export const MAX_WORKING_DAYS = 1000;

const isWeekend = (n: number) => {
  const weekday = weekdayOf(n);
  return weekday === 0 || weekday === 6;
};

function checkCovered(calendar: HolidayCalendar, date: string): void {
  const year = Number(date.slice(0, 4));
  if (year < calendar.fromYear || year > calendar.toYear) {
    throw new RangeError(`${date} is outside the holiday calendar (${calendar.fromYear}–${calendar.toYear})`);
  }
}

/** Whether `date` is a working day in Morocco: not a Saturday, a Sunday, nor a holiday of `calendar`. */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  checkCovered(calendar, date);
  return !isWeekend(dayNumber(date)) && !calendar.holidays.some((h) => h.date === date);
}

/**
 * The day `n` working days after `start` (which is not counted): a request submitted on a Friday
 * with one working day to go is due on Monday. `n = 0` gives `start`. RangeError when `n` is not a
 * whole number from 0 to MAX_WORKING_DAYS, or the count leaves the years `calendar` knows.
 */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Working days to add run from 0 to ${MAX_WORKING_DAYS}: ${n}`);
  }
  checkCovered(calendar, start);
  const holidays = new Set(calendar.holidays.map((h) => h.date));
  let day = dayNumber(start);
  let left = n;
  while (left > 0) {
    day++;
    const date = dateOfDayNumber(day);
    checkCovered(calendar, date);
    if (!isWeekend(day) && !holidays.has(date)) left--;
  }
  return dateOfDayNumber(day);
}
