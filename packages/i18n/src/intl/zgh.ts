/**
 * What CLDR says of Standard Moroccan Tamazight (zgh) for the dates and numbers this package writes,
 * taken from the full ICU data of Node 24 (ICU 78, CLDR 48): the formats use it on a runtime whose own ICU
 * data has no zgh (Deno's; a browser's may lack it too), so that zgh reads the same everywhere.
 * `tamazight.test.ts` compares every entry with Node's own zgh output.
 */
export const ZGH_DATES = {
  /** January first. */
  months: {
    long: [
      "ⵉⵏⵏⴰⵢⵔ",
      "ⴱⵕⴰⵢⵕ",
      "ⵎⴰⵕⵚ",
      "ⵉⴱⵔⵉⵔ",
      "ⵎⴰⵢⵢⵓ",
      "ⵢⵓⵏⵢⵓ",
      "ⵢⵓⵍⵢⵓⵣ",
      "ⵖⵓⵛⵜ",
      "ⵛⵓⵜⴰⵏⴱⵉⵔ",
      "ⴽⵜⵓⴱⵔ",
      "ⵏⵓⵡⴰⵏⴱⵉⵔ",
      "ⴷⵓⵊⴰⵏⴱⵉⵔ",
    ],
    short: ["ⵉⵏⵏ", "ⴱⵕⴰ", "ⵎⴰⵕ", "ⵉⴱⵔ", "ⵎⴰⵢ", "ⵢⵓⵏ", "ⵢⵓⵍ", "ⵖⵓⵛ", "ⵛⵓⵜ", "ⴽⵜⵓ", "ⵏⵓⵡ", "ⴷⵓⵊ"],
  },
  /** Sunday first, as `Date.prototype.getUTCDay` counts. */
  weekdays: ["ⴰⵙⴰⵎⴰⵙ", "ⴰⵢⵏⴰⵙ", "ⴰⵙⵉⵏⴰⵙ", "ⴰⴽⵕⴰⵙ", "ⴰⴽⵡⴰⵙ", "ⴰⵙⵉⵎⵡⴰⵙ", "ⴰⵙⵉⴹⵢⴰⵙ"],
  /** CLDR date patterns (EEEE weekday, MMMM/MMM month in words, M month number, d day, y year). */
  dates: { full: "EEEE d MMMM y", long: "d MMMM y", medium: "d MMM, y", short: "d/M/y" },
  /** The short time, and how a date and a time join ({1} the date, {0} the time). */
  time: "HH:mm",
  dateTime: "{1} {0}",
} as const;

export const ZGH_NUMBERS = {
  decimal: ",",
  group: "\u00a0",
  /** Between a number and its % sign. */
  percentSpace: "\u00a0",
  /** Compact magnitudes, from the letters `en` uses (zgh keeps root's: giga, not billion). */
  compact: { K: "K", M: "M", B: "G", T: "T" } as Record<string, string>,
} as const;
