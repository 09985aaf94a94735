import type { MessageKey } from "./catalog";
import { toInstant } from "./dates";
import type { Locale } from "./locale";
import { tPlain } from "./translate";

// The largest unit whose count is at least its threshold wins, as in most relative-time libraries.
// Sizes in milliseconds, as literals so that bundlers can drop the table when it is unused.
const UNITS = [
  { unit: "year", size: 31_557_600_000, from: 27_648_000_000 }, // 365.25 days; from 320 days
  { unit: "month", size: 2_629_800_000, from: 2_246_400_000 }, // 30.4375 days; from 26 days
  { unit: "week", size: 604_800_000, from: 604_800_000 }, // 7 days
  { unit: "day", size: 86_400_000, from: 79_200_000 }, // from 22 hours
  { unit: "hour", size: 3_600_000, from: 2_700_000 }, // from 45 minutes
  { unit: "minute", size: 60_000, from: 45_000 }, // from 45 seconds
] as const;

export interface FormatRelativeOptions {
  /** The moment to measure from; now by default. */
  now?: Date | undefined;
}

/**
 * How long ago, or in how long: "منذ 3 أيام", "il y a 3 jours", "in 2 months", "ⴷⴰⵜ 3 ⵡⵓⵙⵙⴰⵏ".
 * Counts are rounded elapsed time; one day is "yesterday" or "tomorrow". The words come from the
 * catalogs (ICU has no relative-time data for zgh), with Arabic's six plural forms. A calendar date
 * ("2025-03-02") is read at noon UTC; a string that is not a date throws a RangeError.
 */
export function formatRelative(
  date: Date | string,
  locale: Locale,
  options: FormatRelativeOptions = {},
): string {
  // An unreadable date throws (RangeError) rather than reading as "just now".
  const target = toInstant(date).instant;
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError("Not a date: options.now");
  const elapsed = target.getTime() - now.getTime();
  const distance = Math.abs(elapsed);
  const found = UNITS.find(({ from }) => distance >= from);
  if (found === undefined) return tPlain(locale, "relative.now");
  const n = Math.max(1, Math.round(distance / found.size));
  if (found.unit === "day" && n === 1)
    return tPlain(locale, elapsed < 0 ? "relative.yesterday" : "relative.tomorrow");
  return tPlain(locale, `relative.${found.unit}.${elapsed < 0 ? "past" : "future"}` as MessageKey, { n });
}
