import type { MessageKey } from "./catalog";
import { toInstant } from "./dates";
import type { Locale } from "./locale";
import { t, tPlain } from "./translate";

export interface FormatHijriOptions {
  /**
   * Days added to the computed Hijri date. Morocco's months begin with the moon sighting announced
   * by the Ministry of Habous, often a day after Umm al-Qura: 1 Ramadan 1446 was 2 March 2025 in
   * Morocco and 1 March in Saudi Arabia, so a Moroccan chamber passes `-1` that month.
   */
  offsetDays?: number | undefined;
  /** The arithmetic the estimate uses; Umm al-Qura by default. */
  calendar?: "islamic-umalqura" | "islamic-civil" | undefined;
  timeZone?: string | undefined;
}

/** Noon UTC of the Gregorian day an instant falls on in `timeZone`, `days` later. */
function shiftedDay(instant: Date, timeZone: string, days: number): Date {
  const parts = new Intl.DateTimeFormat("en-u-ca-gregory-nu-latn", {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone,
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return new Date(Date.UTC(value("year"), value("month") - 1, value("day") + days, 12));
}

/** The Hijri day, month (1–12) and year of an instant, as Intl computes them. */
export function hijriParts(
  instant: Date,
  { calendar = "islamic-umalqura", timeZone = "UTC" }: Pick<FormatHijriOptions, "calendar" | "timeZone"> = {},
): { day: number; month: number; year: number } {
  const parts = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone,
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return { day: value("day"), month: value("month"), year: value("year") };
}

/**
 * A Hijri date, computed, so always marked approximate: "1 رمضان 1446 هـ (تقريبي)". An official
 * date is one that somebody announced; store it as data when it matters, and show it as such.
 */
export function formatHijri(date: Date | string, locale: Locale, options: FormatHijriOptions = {}): string {
  const offset = options.offsetDays ?? 0;
  if (!Number.isInteger(offset)) throw new RangeError(`offsetDays must be a whole number, got ${offset}`);
  const { instant, timeZone } = toInstant(date, options.timeZone);
  // Days are counted on the calendar, not as 24 hours: Morocco's clock moves by an hour around
  // Ramadan, and "the next day" must stay the next day.
  const { day, month, year } =
    offset === 0
      ? hijriParts(instant, { calendar: options.calendar, timeZone })
      : hijriParts(shiftedDay(instant, timeZone, offset), { calendar: options.calendar, timeZone: "UTC" });
  const text = tPlain(locale, "hijri.date", {
    day: String(day),
    month: tPlain(locale, `hijri.month.${month}` as MessageKey),
    year: String(year),
  });
  return t(locale, "hijri.approximate", { date: text });
}
