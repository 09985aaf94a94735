import * as z from "zod";
import { ChamberId } from "../ids/chamber-id";
import { ghorfaRawIssue } from "../issues/issue-codes";
import type { Named } from "../named";
import { HolidayBasis } from "../services/service-enums";
import { LocalizedText } from "../text/localized-text";
import { IsoDate, IsoDateTime } from "./dates";
import { dateOfDayNumber, dayNumber } from "./day-number";
import { tabularHijriToIsoDate, tabularHijriYearOf } from "./tabular-hijri";

// Morocco's public holidays as data. The fixed ones are set by the state and change (14 January
// was added in 2024, 31 October in 2025), so each says the year it starts. The Islamic ones follow
// the moon sighting the Ministry of Habous announces days before: this file ships the dates
// announced so far (`OFFICIAL_ISLAMIC_DATES`), computes the others from the tabular Hijri calendar
// (`approximate`), and a chamber enters a date when it is announced (`HolidayAnnouncement`).

/** A holiday's stable code, such as `throne_day` or `eid_al_fitr`. */
export const HolidayCode = z.string().regex(/^[a-z][a-z_]{1,39}$/, { message: "Expected a holiday code" });
export type HolidayCode = z.infer<typeof HolidayCode>;

interface FixedHoliday {
  readonly code: string;
  readonly month: number;
  readonly day: number;
  /** The first year it is a holiday, when it was added after 1956. */
  readonly since?: number;
  readonly names: LocalizedText;
}

/** The fixed national holidays (loi sur les jours fériés, décret 2.77.169 as amended). */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  {
    code: "new_year",
    month: 1,
    day: 1,
    names: { ar: "رأس السنة الميلادية", fr: "Nouvel An", en: "New Year's Day", zgh: "ⴰⵙⴳⴳⵯⴰⵙ ⴰⵎⴰⵢⵏⵓ" },
  },
  {
    code: "independence_manifesto",
    month: 1,
    day: 11,
    names: {
      ar: "ذكرى تقديم وثيقة الاستقلال",
      fr: "Manifeste de l'Indépendance",
      en: "Proclamation of Independence",
      zgh: "ⴰⵙⵎⵎⵉⵜⵉ ⵏ ⵜⴰⵙⴽⴰⵍⵜ ⵏ ⵜⵉⵍⵍⵉ",
    },
  },
  {
    code: "amazigh_new_year",
    month: 1,
    day: 14,
    since: 2024,
    names: { ar: "رأس السنة الأمازيغية", fr: "Nouvel An amazigh", en: "Amazigh New Year", zgh: "ⵉⴹ ⵢⵏⵏⴰⵢⵔ" },
  },
  {
    code: "labour_day",
    month: 5,
    day: 1,
    names: { ar: "عيد الشغل", fr: "Fête du Travail", en: "Labour Day", zgh: "ⴰⵎⵓⴳⴳⴰⵔ ⵏ ⵜⵡⵓⵔⵉ" },
  },
  {
    code: "throne_day",
    month: 7,
    day: 30,
    names: { ar: "عيد العرش", fr: "Fête du Trône", en: "Throne Day", zgh: "ⴰⵎⵓⴳⴳⴰⵔ ⵏ ⵜⴰⴳⵍⴷⵉⵜ" },
  },
  {
    code: "oued_ed_dahab",
    month: 8,
    day: 14,
    names: {
      ar: "ذكرى استرجاع إقليم وادي الذهب",
      fr: "Allégeance d'Oued Ed-Dahab",
      en: "Oued Ed-Dahab Day",
      zgh: "ⴰⵙⵎⵎⵉⵜⵉ ⵏ ⵡⴰⴷ ⴷⴷⴰⵀⴰⴱ",
    },
  },
  {
    code: "revolution_king_people",
    month: 8,
    day: 20,
    names: {
      ar: "ذكرى ثورة الملك والشعب",
      fr: "Révolution du Roi et du Peuple",
      en: "Revolution of the King and the People",
      zgh: "ⴰⵙⵎⵎⵉⵜⵉ ⵏ ⵓⵙⵏⴽⵔ ⵏ ⵓⴳⵍⵍⵉⴷ ⴷ ⴳⴷⵓⴷ",
    },
  },
  {
    code: "youth_day",
    month: 8,
    day: 21,
    names: { ar: "عيد الشباب", fr: "Fête de la Jeunesse", en: "Youth Day", zgh: "ⴰⵎⵓⴳⴳⴰⵔ ⵏ ⵜⴰⵏⴳⵎⴰⵔⵜ" },
  },
  {
    // Instituted in 2025 (decrees 2.26.14 and 2.25.1140); first observed on 31 October 2026.
    code: "unity_day",
    month: 10,
    day: 31,
    since: 2026,
    names: { ar: "عيد الوحدة", fr: "Fête de l'Unité", en: "Unity Day", zgh: "ⴰⵎⵓⴳⴳⴰⵔ ⵏ ⵜⴰⵎⵢⵓⵏⵜ" },
  },
  {
    code: "green_march",
    month: 11,
    day: 6,
    names: {
      ar: "ذكرى المسيرة الخضراء",
      fr: "Marche Verte",
      en: "Green March",
      zgh: "ⴰⵙⵎⵎⵉⵜⵉ ⵏ ⵜⵉⴽⵍⵉ ⵜⴰⵣⴳⵣⴰⵡⵜ",
    },
  },
  {
    code: "independence_day",
    month: 11,
    day: 18,
    names: {
      ar: "عيد الاستقلال",
      fr: "Fête de l'Indépendance",
      en: "Independence Day",
      zgh: "ⴰⵎⵓⴳⴳⴰⵔ ⵏ ⵜⵉⵍⵍⵉ",
    },
  },
];

interface IslamicHoliday {
  readonly code: string;
  /** The Hijri month (1 Muharram … 12 Dhu al-Hijja) and day of its first day. */
  readonly hijriMonth: number;
  readonly hijriDay: number;
  /** How many days it lasts (two for the Eids and the Mawlid). */
  readonly days: number;
  readonly names: LocalizedText;
}

/** The Islamic holidays, dated by the moon sighting. */
export const ISLAMIC_HOLIDAYS: readonly IslamicHoliday[] = [
  {
    code: "islamic_new_year",
    hijriMonth: 1,
    hijriDay: 1,
    days: 1,
    names: { ar: "فاتح محرم", fr: "Nouvel An de l'Hégire", en: "Islamic New Year", zgh: "ⴰⵙⴳⴳⵯⴰⵙ ⴰⵀⵉⵊⵔⵉ" },
  },
  {
    code: "mawlid",
    hijriMonth: 3,
    hijriDay: 12,
    days: 2,
    names: { ar: "عيد المولد النبوي", fr: "Aïd Al Mawlid", en: "Mawlid (Prophet's Birthday)", zgh: "ⵍⵎⵓⵍⵓⴷ" },
  },
  {
    code: "eid_al_fitr",
    hijriMonth: 10,
    hijriDay: 1,
    days: 2,
    names: { ar: "عيد الفطر", fr: "Aïd Al Fitr", en: "Eid al-Fitr", zgh: "ⵜⴰⵄⵢⵢⴰⴷⵜ ⵜⴰⵎⵥⵢⴰⵏⵜ" },
  },
  {
    code: "eid_al_adha",
    hijriMonth: 12,
    hijriDay: 10,
    days: 2,
    names: { ar: "عيد الأضحى", fr: "Aïd Al Adha", en: "Eid al-Adha", zgh: "ⵜⴰⵄⵢⵢⴰⴷⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ" },
  },
];

/**
 * First days of Islamic holidays as the Ministry of Habous announced them, by code. Eid al-Fitr
 * 1447 was announced on 19 March 2026 for Friday 20 March 2026. Other 2026 dates are not shipped
 * here until checked against the Ministry's announcements: they are computed (`approximate`), and
 * a chamber enters them as announced.
 */
export const OFFICIAL_ISLAMIC_DATES: Readonly<Record<string, readonly string[]>> = {
  eid_al_fitr: ["2026-03-20"],
};

/** An exceptional day off the government announces, beside the holidays of the law. */
export const EXCEPTIONAL_HOLIDAY = "exceptional";

const holidaySchema = z.object({
  date: IsoDate,
  code: HolidayCode,
  names: LocalizedText,
  basis: HolidayBasis,
});
/** The type of `Holiday`, named so that declarations refer to it rather than restate it. */
export interface HolidaySchema extends Named<typeof holidaySchema> {}
/** One day off: a public holiday (each day of a two-day Eid is one), how sure its date is. */
export const Holiday: HolidaySchema = holidaySchema;
export type Holiday = z.infer<typeof Holiday>;

const announcementSchema = z
  .object({
    chamberId: ChamberId,
    /** The (first) day of the holiday, as announced. */
    date: IsoDate,
    /** An Islamic holiday's code (`eid_al_adha`…), or `exceptional` for a day off the government adds. */
    code: HolidayCode,
    /** Its name; required for an exceptional day off, the calendar's own name otherwise. */
    names: LocalizedText.optional(),
    announcedAt: IsoDateTime,
  })
  .superRefine((announcement, ctx) => {
    const isIslamic = ISLAMIC_HOLIDAYS.some((h) => h.code === announcement.code);
    if (!isIslamic && announcement.code !== EXCEPTIONAL_HOLIDAY) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "holiday_unknown",
          `Only an Islamic holiday (${ISLAMIC_HOLIDAYS.map((h) => h.code).join(", ")}) or an exceptional day off is announced`,
          announcement.code,
        ),
        path: ["code"],
      });
    }
    if (announcement.code === EXCEPTIONAL_HOLIDAY && announcement.names === undefined) {
      ctx.addIssue({
        ...ghorfaRawIssue("holiday_unknown", "An exceptional day off is named", undefined),
        path: ["names"],
      });
    }
  });
/** The type of `HolidayAnnouncement`, named so that declarations refer to it rather than restate it. */
export interface HolidayAnnouncementSchema extends Named<typeof announcementSchema> {}
/**
 * A holiday date a chamber entered when it was announced: the first day of an Islamic holiday
 * (which replaces the computed one nearest to it), or an exceptional day off.
 */
export const HolidayAnnouncement: HolidayAnnouncementSchema = announcementSchema;
export type HolidayAnnouncement = z.infer<typeof HolidayAnnouncement>;

/** A calendar year, `YYYY`, in 1900–2199, written as text like `IsoDate` and `IsoMonth`. */
export const IsoYear = z
  .string()
  .regex(/^(19|20|21)\d{2}$/, { message: "Expected a year as YYYY, 1900 to 2199" });
export type IsoYear = z.infer<typeof IsoYear>;

const holidayYearSchema = z.object({
  chamberId: ChamberId,
  year: IsoYear,
  /** Every day off of the year, by date, with the chamber's announcements applied. */
  holidays: z.array(Holiday),
});
/** The type of `HolidayYear`, named so that declarations refer to it rather than restate it. */
export interface HolidayYearSchema extends Named<typeof holidayYearSchema> {}
/** A chamber's public holidays of one year: what its service levels count working days with. */
export const HolidayYear: HolidayYearSchema = holidayYearSchema;
export type HolidayYear = z.infer<typeof HolidayYear>;

/** The holidays of a span of years: what working-day arithmetic counts on. */
export interface HolidayCalendar {
  /** The first and last years the calendar knows (inclusive). */
  readonly fromYear: number;
  readonly toYear: number;
  /** Every day off of those years, by date. */
  readonly holidays: readonly Holiday[];
}

/** How far (in days) an announced date may be from the computed one it replaces. */
const ANNOUNCEMENT_REACH = 15;

const daysFrom = (first: string, count: number, make: (date: string) => Holiday): Holiday[] =>
  Array.from({ length: count }, (_, i) => make(dateOfDayNumber(dayNumber(first) + i)));

/** The occurrences (first days) of an Islamic holiday whose days touch the years `from`–`to`. */
function islamicOccurrences(holiday: IslamicHoliday, from: number, to: number): string[] {
  const first = tabularHijriYearOf(`${from}-01-01`) - 1;
  const last = tabularHijriYearOf(`${to}-12-31`) + 1;
  const out: string[] = [];
  for (let year = first; year <= last; year++) {
    out.push(tabularHijriToIsoDate(year, holiday.hijriMonth, holiday.hijriDay));
  }
  return out;
}

/**
 * Morocco's public holidays in the years `fromYear`–`toYear`, sorted by date: the fixed ones from
 * the year each starts; the Islamic ones on their official dates where shipped, else computed
 * (`approximate`); then the chamber's `announcements`, each replacing the computed or official
 * occurrence of its holiday nearest to it. A day that is two holidays at once is listed once.
 */
export function moroccanHolidays(
  fromYear: number,
  toYear: number,
  announcements: readonly Pick<HolidayAnnouncement, "date" | "code" | "names">[] = [],
): HolidayCalendar {
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear > toYear ||
    toYear - fromYear > 10
  ) {
    throw new RangeError(`A holiday calendar spans 1 to 11 years: ${fromYear}–${toYear}`);
  }
  const inRange = (date: string) => {
    const year = Number(date.slice(0, 4));
    return year >= fromYear && year <= toYear;
  };
  const holidays: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const h of FIXED_HOLIDAYS) {
      if (h.since !== undefined && year < h.since) continue;
      const date = `${year}-${String(h.month).padStart(2, "0")}-${String(h.day).padStart(2, "0")}`;
      holidays.push({ date, code: h.code, names: h.names, basis: "fixed" });
    }
  }
  for (const h of ISLAMIC_HOLIDAYS) {
    const official = OFFICIAL_ISLAMIC_DATES[h.code] ?? [];
    const announced = announcements.filter((a) => a.code === h.code).map((a) => a.date);
    const near = (a: string, b: string) => Math.abs(dayNumber(a) - dayNumber(b)) <= ANNOUNCEMENT_REACH;
    const firsts: { date: string; basis: HolidayBasis }[] = islamicOccurrences(h, fromYear, toYear).map(
      (date) => ({ date, basis: "approximate" }),
    );
    for (const [dates, basis] of [
      [official, "official"],
      [announced, "announced"],
    ] as const) {
      for (const date of dates) {
        const i = firsts.findIndex((f) => near(f.date, date));
        if (i >= 0) firsts.splice(i, 1);
        firsts.push({ date, basis });
      }
    }
    for (const first of firsts) {
      holidays.push(
        ...daysFrom(first.date, h.days, (date) => ({
          date,
          code: h.code,
          names: h.names,
          basis: first.basis,
        })),
      );
    }
  }
  for (const a of announcements) {
    if (a.code === EXCEPTIONAL_HOLIDAY && a.names !== undefined) {
      holidays.push({ date: a.date, code: a.code, names: a.names, basis: "announced" });
    }
  }
  const byDate = new Map<string, Holiday>();
  for (const h of holidays.filter((h) => inRange(h.date)).sort((a, b) => a.date.localeCompare(b.date))) {
    if (!byDate.has(h.date)) byDate.set(h.date, h);
  }
  return { fromYear, toYear, holidays: [...byDate.values()] };
}
