/**
 * Whether the ISO date `start` is on or before `end`; true when either is missing (an open
 * range). `YYYY-MM-DD` strings compare correctly as text, so no Date is built.
 */
export function isDateOrdered(start: string | undefined, end: string | undefined): boolean {
  return start === undefined || end === undefined || start <= end;
}

const offsetOf = (instant: string) => (instant.endsWith("Z") ? "Z" : instant.slice(-6));

/** The same for ISO date-times, whose offsets make a text comparison wrong. */
export function isInstantOrdered(start: string | undefined, end: string | undefined): boolean {
  if (start === undefined || end === undefined) return true;
  // Same length and same offset (`…Z`, `…+01:00`): the text order is the time order, no parsing.
  if (start.length === end.length && offsetOf(start) === offsetOf(end)) return start <= end;
  return Date.parse(start) <= Date.parse(end);
}
