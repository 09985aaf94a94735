import { dateFormat } from "./intl/date-format";
import type { Part } from "./intl/support";
import { direction, type Locale } from "./locale";

/** Morocco's zone (GMT+1, GMT during Ramadan); Laâyoune and Dakhla use Africa/El_Aaiun. */
export const DEFAULT_TIME_ZONE = "Africa/Casablanca";

export type DateStyle = "full" | "long" | "medium" | "short";

export interface FormatDateOptions {
  style?: DateStyle | undefined;
  /** For instants only; a calendar date ("2025-03-02") is the same day everywhere. */
  timeZone?: string | undefined;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant, and the zone to read it in. A calendar date is read at noon UTC in UTC, so it never
 * moves to the day before or after; an instant is read in `timeZone`.
 */
export function toInstant(
  date: Date | string,
  timeZone = DEFAULT_TIME_ZONE,
): { instant: Date; timeZone: string } {
  if (typeof date === "string" && CALENDAR_DATE.test(date)) {
    return { instant: new Date(`${date}T12:00:00Z`), timeZone: "UTC" };
  }
  const instant = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  return { instant, timeZone };
}

// Ranges of ar-MA, fr-MA and en only: zgh's are assembled from its dates (tamazightRange).
const rangeFormats = new Map<string, Intl.DateTimeFormat>();

function rangeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}/${JSON.stringify(options)}`;
  let format = rangeFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    rangeFormats.set(key, format);
  }
  return format;
}

/**
 * French writes the first day of a month as an ordinal, "1er janvier 2025", where ICU writes
 * "1 janvier 2025"; only beside a month in words ("01/01/2025" stays as it is).
 */
function joinParts(locale: Locale, parts: readonly Part[]): string {
  const hasMonthName = locale === "fr-MA" && parts.some((p) => p.type === "month" && !/^\d+$/.test(p.value));
  return parts.map((p) => (hasMonthName && p.type === "day" && p.value === "1" ? "1er" : p.value)).join("");
}

/**
 * A Gregorian date as ICU writes it, with Moroccan month names in Arabic ("15 غشت 2025") and CLDR's
 * Tifinagh month names in Tamazight ("15 ⵖⵓⵛⵜ 2025", on every runtime: src/intl/zgh.ts). Accepts
 * `Date`, ISO dates and ISO instants.
 */
export function formatDate(date: Date | string, locale: Locale, options: FormatDateOptions = {}): string {
  const { instant, timeZone } = toInstant(date, options.timeZone);
  return joinParts(
    locale,
    dateFormat(locale, { dateStyle: options.style ?? "long", timeZone }).formatToParts(instant),
  );
}

/** A date and time ("2 mars 2025 à 10:00", "1er mars 2025 à 10:00"), in Africa/Casablanca by default. */
export function formatDateTime(date: Date | string, locale: Locale, options: FormatDateOptions = {}): string {
  const { instant, timeZone } = toInstant(date, options.timeZone);
  const format = dateFormat(locale, { dateStyle: options.style ?? "long", timeStyle: "short", timeZone });
  return joinParts(locale, format.formatToParts(instant));
}

// ICU's zgh data has no interval patterns (it falls back to root's, "y MMMM d – MMMM d"), so zgh
// ranges are assembled from zgh's own dates: a long range shares what its ends share, as "d MMMM y"
// allows; the other styles write both ends.
function tamazightRange(start: Date, end: Date, style: DateStyle, timeZone: string): string {
  const format = dateFormat("zgh", { dateStyle: style, timeZone });
  const parts = (date: Date) => {
    const found = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    return { day: found.day ?? "", month: found.month ?? "", year: found.year ?? "" };
  };
  const a = parts(start);
  const b = parts(end);
  if (a.year === b.year && a.month === b.month && a.day === b.day) return format.format(end);
  if (style !== "long" || a.year !== b.year)
    return `${format.format(start)}\u2009–\u2009${format.format(end)}`;
  if (a.month !== b.month) return `${a.day} ${a.month}\u2009–\u2009${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

/** A range of dates, sharing what the two ends share: "15–20 ماي 2025", "15 mai – 20 juillet 2025". */
export function formatDateRange(
  start: Date | string,
  end: Date | string,
  locale: Locale,
  options: FormatDateOptions = {},
): string {
  const from = toInstant(start, options.timeZone);
  const to = toInstant(end, options.timeZone);
  const style = options.style ?? "long";
  if (locale === "zgh") return tamazightRange(from.instant, to.instant, style, from.timeZone);
  const format = rangeFormat(locale, { dateStyle: style, timeZone: from.timeZone });
  const parts = format.formatRangeToParts(from.instant, to.instant);
  return joinParts(locale, direction(locale) === "ltr" ? parts.map(thinRangeDash) : parts);
}

// Node's ICU data puts thin spaces around the dash of a French or English range ("15 mai – 20
// juillet"; Arabic keeps plain ones), Bun's and Deno's plain ones: the same text on every runtime.
function thinRangeDash(part: Part): Part {
  return part.type === "literal" && part.value === " – " ? { ...part, value: "\u2009–\u2009" } : part;
}
