import { dateOfDayNumber, dayNumber } from "./day-number";

// The tabular (arithmetic, "civil") Islamic calendar: 30-year cycles of 354- and 355-day years,
// months alternating 30 and 29 days. It is an estimate: Morocco's months begin with the moon
// sighting that the Ministry of Habous announces, often a day or two away from it. Whatever it
// gives is approximate and must be shown as such; an announced date replaces it.

/** The Julian day number of 1 Muharram 1 AH (16 July 622, Julian) in the civil epoch. */
const HIJRI_EPOCH_JDN = 1_948_440;
/** The Julian day number of 1970-01-01. */
const UNIX_EPOCH_JDN = 2_440_588;

/** The Gregorian date of a Hijri day (year, month 1–12, day 1–30) in the tabular calendar. */
export function tabularHijriToIsoDate(year: number, month: number, day: number): string {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new RangeError(`Not a Hijri date: ${year}-${month}-${day}`);
  }
  const jdn =
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    HIJRI_EPOCH_JDN -
    1;
  return dateOfDayNumber(jdn - UNIX_EPOCH_JDN);
}

/** The tabular Hijri year in which a Gregorian date falls. */
export function tabularHijriYearOf(date: string): number {
  const days = dayNumber(date) + UNIX_EPOCH_JDN - HIJRI_EPOCH_JDN;
  // 10,631 days make 30 Hijri years; the estimate is off by at most one year, which the loop fixes.
  let year = Math.floor((30 * days + 10_646) / 10_631);
  while (dayNumber(tabularHijriToIsoDate(year + 1, 1, 1)) <= dayNumber(date)) year++;
  while (dayNumber(tabularHijriToIsoDate(year, 1, 1)) > dayNumber(date)) year--;
  return year;
}
