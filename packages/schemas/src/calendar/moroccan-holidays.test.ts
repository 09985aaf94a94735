import { describe, expect, it } from "vitest";
import { HolidayAnnouncement, moroccanHolidays } from "./moroccan-holidays";
import { tabularHijriToIsoDate, tabularHijriYearOf } from "./tabular-hijri";

const codesOn = (year: number, date: string) =>
  moroccanHolidays(year, year)
    .holidays.filter((h) => h.date === date)
    .map((h) => h.code);

describe("the tabular Hijri calendar", () => {
  it("puts 1 Muharram 1 AH on 19 July 622 (proleptic Gregorian) and 1 Shawwal 1447 on 20 March 2026", () => {
    expect(tabularHijriToIsoDate(1, 1, 1)).toBe("0622-07-19");
    expect(tabularHijriToIsoDate(1447, 10, 1)).toBe("2026-03-20");
  });

  it("finds the Hijri year of a date, at both ends of a year", () => {
    const first = tabularHijriToIsoDate(1448, 1, 1);
    expect(tabularHijriYearOf(first)).toBe(1448);
    const eve = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(tabularHijriYearOf(eve)).toBe(1447);
  });

  it("refuses a month or day that does not exist", () => {
    expect(() => tabularHijriToIsoDate(1447, 13, 1)).toThrow(RangeError);
    expect(() => tabularHijriToIsoDate(1447, 1, 31)).toThrow(RangeError);
  });
});

describe("moroccanHolidays", () => {
  it("holds the fixed holidays, the Amazigh New Year from 2024 and Unity Day from 2026", () => {
    expect(codesOn(2026, "2026-07-30")).toEqual(["throne_day"]);
    expect(codesOn(2023, "2023-01-14")).toEqual([]);
    expect(codesOn(2024, "2024-01-14")).toEqual(["amazigh_new_year"]);
    expect(codesOn(2025, "2025-10-31")).toEqual([]);
    expect(codesOn(2026, "2026-10-31")).toEqual(["unity_day"]);
  });

  it("ships Eid al-Fitr 2026 as official, two days, and computes the other Islamic holidays as approximate", () => {
    const { holidays } = moroccanHolidays(2026, 2026);
    const fitr = holidays.filter((h) => h.code === "eid_al_fitr");
    expect(fitr.map((h) => [h.date, h.basis])).toEqual([
      ["2026-03-20", "official"],
      ["2026-03-21", "official"],
    ]);
    expect(holidays.filter((h) => h.code === "eid_al_adha").every((h) => h.basis === "approximate")).toBe(
      true,
    );
    expect(holidays.filter((h) => h.code === "mawlid")).toHaveLength(2);
    expect(holidays.filter((h) => h.code === "islamic_new_year")).toHaveLength(1);
    // Every name is in the four languages.
    for (const h of holidays) expect(Object.keys(h.names).sort()).toEqual(["ar", "en", "fr", "zgh"]);
  });

  it("lets an announced date replace the computed one nearest to it", () => {
    const computed = moroccanHolidays(2027, 2027).holidays.filter((h) => h.code === "eid_al_adha");
    expect(computed).toHaveLength(2);
    const first = computed[0]?.date ?? "";
    const nextDay = new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const announced = moroccanHolidays(2027, 2027, [{ date: nextDay, code: "eid_al_adha" }]).holidays.filter(
      (h) => h.code === "eid_al_adha",
    );
    expect(announced.map((h) => h.basis)).toEqual(["announced", "announced"]);
    expect(announced[0]?.date).toBe(nextDay);
  });

  it("adds an exceptional day off with its name", () => {
    const names = { fr: "Jour férié exceptionnel", ar: "عطلة استثنائية" };
    const { holidays } = moroccanHolidays(2026, 2026, [{ date: "2026-12-07", code: "exceptional", names }]);
    expect(holidays.find((h) => h.date === "2026-12-07")).toEqual({
      date: "2026-12-07",
      code: "exceptional",
      names,
      basis: "announced",
    });
  });

  it("refuses an announcement of a fixed holiday, or of an unnamed exceptional day", () => {
    const base = { chamberId: "ma-09", date: "2026-12-07", announcedAt: "2026-12-01T10:00:00Z" };
    expect(HolidayAnnouncement.safeParse({ ...base, code: "throne_day" }).success).toBe(false);
    expect(HolidayAnnouncement.safeParse({ ...base, code: "exceptional" }).success).toBe(false);
    expect(HolidayAnnouncement.safeParse({ ...base, code: "eid_al_adha" }).success).toBe(true);
  });

  it("refuses a span of years that is reversed or too long", () => {
    expect(() => moroccanHolidays(2027, 2026)).toThrow(RangeError);
    expect(() => moroccanHolidays(2000, 2020)).toThrow(RangeError);
  });
});
