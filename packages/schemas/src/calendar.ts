// Calendar arithmetic on ISO strings for the lease rules. Dates are civil days, not instants:
// everything runs on UTC day numbers so no time zone (or Ramadan clock change) moves a day.

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
  return Math.floor(Date.UTC(yearOf(date), monthIndexOf(date), dayOf(date)) / DAY_MS);
}

/** The ISO date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
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

export function daysInMonth(month: string): number {
  return new Date(Date.UTC(yearOf(month), monthIndexOf(month) + 1, 0)).getUTCDate();
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
