import * as z from "zod";
import { ghorfaIssue } from "../issues/issue-codes";

// Every date Ghorfa takes lies in years 1900 to 2199. Wide enough for any record a chamber keeps
// (a title deed of 1912, a 99-year emphyteotic lease signed today ends in the 2120s), and narrow
// enough that a loop over the months between two dates is at most 3,600 turns, so no input
// (month=9999-12, a rent period paid for the year 9000) can make a report run for ever.

/** The first year a Ghorfa date may fall in. */
export const FIRST_SUPPORTED_YEAR = 1900;
/** The last year a Ghorfa date may fall in. */
export const LAST_SUPPORTED_YEAR = 2199;
/** The first supported day, month and instant (inclusive). */
export const FIRST_SUPPORTED_DATE = "1900-01-01";
export const FIRST_SUPPORTED_MONTH = "1900-01";
/** The last supported day and month (inclusive). */
export const LAST_SUPPORTED_DATE = "2199-12-31";
export const LAST_SUPPORTED_MONTH = "2199-12";
/** How many months the supported range holds: the most any loop over months turns. */
export const SUPPORTED_MONTHS = (LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1) * 12;

// The same bound for JSON Schema, which has no portable way to compare dates: a pattern on the
// year. It must say what `isSupportedYear` says (19xx, 20xx, 21xx).
const SUPPORTED_YEAR_PATTERN = "^(19|20|21)[0-9]{2}-";
const supportedYear = { allOf: [{ pattern: SUPPORTED_YEAR_PATTERN }] };

/** Whether an ISO date, month or date-time is written in a supported year (read from its text). */
function isSupportedYear(value: string): boolean {
  const year = value.slice(0, 4);
  return /^\d{4}$/.test(year) && Number(year) >= FIRST_SUPPORTED_YEAR && Number(year) <= LAST_SUPPORTED_YEAR;
}

const outOfRange = (what: string, first: string, last: string) =>
  ghorfaIssue("date_out_of_range", `Expected ${what} from ${first} to ${last}`);

/** A calendar date, `YYYY-MM-DD` (ISO 8601), checked to exist (no 2026-02-30), in 1900–2199. */
export const IsoDate = z.iso
  .date()
  .refine(isSupportedYear, outOfRange("a date", FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE))
  .meta(supportedYear);
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with its offset, `2026-01-30T10:00:00+01:00` or `…Z` (ISO 8601), in 1900–2199 as written. */
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .refine(isSupportedYear, outOfRange("an instant", FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE))
  .meta(supportedYear);
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A calendar month, `YYYY-MM`, in 1900–2199. */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Expected a month as YYYY-MM" })
  .refine(isSupportedYear, outOfRange("a month", FIRST_SUPPORTED_MONTH, LAST_SUPPORTED_MONTH))
  .meta(supportedYear);
export type IsoMonth = z.infer<typeof IsoMonth>;

/** A date or month outside the supported years was given to a rule that loops over months. */
export class DateRangeError extends RangeError {
  readonly code = "date_out_of_range";
  constructor(value: string) {
    super(`${value} is outside ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`);
    this.name = "DateRangeError";
  }
}
