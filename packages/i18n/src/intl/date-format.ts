import type { Locale } from "../locale";
import { cached, joinParts, type Part } from "./support";
import { ZGH_DATES } from "./zgh";

/** What the formatters ask of a date format: Intl's, or this package's own for zgh. */
export interface DateFormat {
  format(date: Date): string;
  formatToParts(date: Date): Part[];
}

const formats = new Map<string, DateFormat>();

/** A date format for the locale, the same on every runtime for zgh. */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): DateFormat {
  return cached(formats, locale, options, (own) =>
    own ? new TamazightDateFormat(options) : new Intl.DateTimeFormat(locale, options),
  );
}

const TOKEN = /EEEE|MMMM|MMM|M|d|y|HH|mm|[^A-Za-z]+/g;

/**
 * zgh dates from ZGH's patterns, for the options this package uses: a `dateStyle`, with or without
 * the short `timeStyle`, in a `timeZone`. The calendar fields come from Intl in `en`, which every
 * runtime has, so that the zone is read the same way as for the other locales.
 */
class TamazightDateFormat implements DateFormat {
  readonly #tokens: string[];
  readonly #fields: Intl.DateTimeFormat;

  constructor({ dateStyle = "long", timeStyle, timeZone }: Intl.DateTimeFormatOptions) {
    if (timeStyle !== undefined && timeStyle !== "short") {
      throw new RangeError(`No zgh data for timeStyle ${timeStyle}`);
    }
    const date = ZGH_DATES.dates[dateStyle];
    const pattern =
      timeStyle === undefined ? date : ZGH_DATES.dateTime.replace("{1}", date).replace("{0}", ZGH_DATES.time);
    this.#tokens = pattern.match(TOKEN) ?? [];
    this.#fields = new Intl.DateTimeFormat("en-u-ca-gregory-nu-latn", {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
  }

  formatToParts(date: Date): Part[] {
    const field = Object.fromEntries(this.#fields.formatToParts(date).map((part) => [part.type, part.value]));
    const year = Number(field.year);
    const month = Number(field.month);
    const day = Number(field.day);
    const calendarDay = new Date(0);
    calendarDay.setUTCFullYear(year, month - 1, day);
    const values: Record<string, Part> = {
      EEEE: { type: "weekday", value: ZGH_DATES.weekdays[calendarDay.getUTCDay()] ?? "" },
      MMMM: { type: "month", value: ZGH_DATES.months.long[month - 1] ?? "" },
      MMM: { type: "month", value: ZGH_DATES.months.short[month - 1] ?? "" },
      M: { type: "month", value: String(month) },
      d: { type: "day", value: String(day) },
      y: { type: "year", value: String(year) },
      HH: { type: "hour", value: String(field.hour).padStart(2, "0") },
      mm: { type: "minute", value: String(field.minute) },
    };
    return this.#tokens.map((token) => values[token] ?? { type: "literal", value: token });
  }

  format(date: Date): string {
    return joinParts(this.formatToParts(date));
  }
}
