import { formatDate, formatMessage, type Locale } from "@ghorfa/i18n";

/** A count as the reader writes numbers ("1 234" in French, "1.234" or "١٬٢٣٤" as ICU says). */
export function formatCount(count: number, locale: Locale): string {
  return formatMessage(locale, "{count, number}", { count }, { isolate: false });
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` when `text` is one, else undefined (a hand-typed address may hold anything). */
export function parseMonth(text: string | null): string | undefined {
  return text && MONTH.test(text) ? text : undefined;
}

/** The month it is in Morocco (Africa/Casablanca), as `YYYY-MM`. */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Africa/Casablanca",
    year: "numeric",
    month: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}`;
}

/** The `count` months up to `last` included, newest first. */
export function monthsUpTo(last: string, count: number): string[] {
  const [year, month] = last.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

/** A month in words in the reader's language ("janvier 2026", "يناير 2026"). */
export function formatMonth(month: string, locale: Locale): string {
  // Browsers without Tamazight data would write the month in English: @ghorfa/i18n has CLDR's
  // Tifinagh names, in a date ("15 ⵉⵏⵏⴰⵢⵔ 2026", day first), whose day is dropped here.
  if (locale === "zgh" && Intl.DateTimeFormat.supportedLocalesOf(["zgh"]).length === 0)
    return formatDate(`${month}-15`, locale, { style: "long" }).replace(/^15\s+/u, "");
  const format = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  return format.format(new Date(`${month}-15T12:00:00Z`));
}
