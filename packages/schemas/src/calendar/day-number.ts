// Calendar days as integers (days since 1970-01-01), so that date arithmetic never meets a clock,
// a time zone or a summer-time hour: Morocco moves its clocks around Ramadan, days do not move.

/** The day number of an ISO date `YYYY-MM-DD` (1970-01-01 is 0). */
export function dayNumber(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The ISO date `YYYY-MM-DD` of a day number. */
export function dateOfDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}
