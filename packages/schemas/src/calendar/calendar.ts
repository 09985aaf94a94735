// Calendar arithmetic on ISO strings for the lease rules. Dates are civil days, not instants:
// everything runs on day numbers of the proleptic Gregorian calendar, so no time zone (or
// Ramadan clock change) moves a day. No Date: `Date.UTC` reads years 0 to 99 as 1900 to 1999,
// and IsoDate accepts every year from 0000 to 9999.

const DAYS_PER_400_YEARS = 146_097;
// Day number of 0000-03-01, the start of the first 400-year era counted below.
const EPOCH_SHIFT = 719_468;

/** The day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  // Years counted from March, so that the leap day is the last day of a year.
  const month = monthIndexOf(date) + 1;
  const year = yearOf(date) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + dayOf(date) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
}

/** The ISO date of a day number (the inverse of `dayNumber`). */
export function fromDayNumber(day: number): string {
  const shifted = day + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

/** Whether `year` has a 29 February (Gregorian rule). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function yearOf(dateOrMonth: string): number {
  return Number(dateOrMonth.slice(0, 4));
}

/** 0 for January, as `Date.UTC` wants it. */
function monthIndexOf(dateOrMonth: string): number {
  return Number(dateOrMonth.slice(5, 7)) - 1;
}

function dayOf(date: string): number {
  return Number(date.slice(8, 10));
}

/** The month `YYYY-MM` a date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(month: string): number {
  const index = monthIndexOf(month);
  return index === 1 && isLeapYear(yearOf(month)) ? 29 : (MONTH_DAYS[index] ?? 31);
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, "0")}`;
}

/** The month `count` months after `month` (before, when negative). */
export function addMonthsToMonth(month: string, count: number): string {
  const index = yearOf(month) * 12 + monthIndexOf(month) + count;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** How many months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  return yearOf(to) * 12 + monthIndexOf(to) - (yearOf(from) * 12 + monthIndexOf(from));
}

/**
 * The date `count` months after `date`; a day the target month lacks (31 April, 29 February in
 * a common year) becomes that month's last day, as civil law counts periods in months.
 */
export function addMonthsToDate(date: string, count: number): string {
  const month = addMonthsToMonth(monthOf(date), count);
  const day = Math.min(dayOf(date), daysInMonth(month));
  return `${month}-${String(day).padStart(2, "0")}`;
}

export function addDays(date: string, count: number): string {
  return fromDayNumber(dayNumber(date) + count);
}

/** Days from `from` to `to`, counting `to` but not `from` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
