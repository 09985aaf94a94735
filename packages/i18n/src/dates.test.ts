import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateTime } from "./dates";

const THIN = "\u2009";

describe("formatDate", () => {
  it("uses the Moroccan month names in Arabic", () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2025-${String(i + 1).padStart(2, "0")}-10`, "ar-MA").replace(/^10 | 2025$/g, ""),
    );
    expect(months).toEqual([
      "يناير",
      "فبراير",
      "مارس",
      "أبريل",
      "ماي",
      "يونيو",
      "يوليوز",
      "غشت",
      "شتنبر",
      "أكتوبر",
      "نونبر",
      "دجنبر",
    ]);
  });

  it("writes a long date in every locale", () => {
    expect(formatDate("2025-08-15", "ar-MA")).toBe("15 غشت 2025");
    expect(formatDate("2025-08-15", "fr-MA")).toBe("15 août 2025");
    expect(formatDate("2025-08-15", "en")).toBe("August 15, 2025");
    expect(formatDate("2025-08-15", "zgh")).toBe("15 ⵖⵓⵛⵜ 2025");
    expect(formatDate("2026-01-30", "fr-MA", { style: "full" })).toBe("vendredi 30 janvier 2026");
  });

  it("reads instants in Africa/Casablanca, GMT+1 but GMT during Ramadan", () => {
    expect(formatDate("2025-08-14T23:30:00Z", "fr-MA")).toBe("15 août 2025");
    expect(formatDate("2025-03-10T23:30:00Z", "fr-MA")).toBe("10 mars 2025");
    expect(formatDate("2025-08-14T23:30:00Z", "fr-MA", { timeZone: "UTC" })).toBe("14 août 2025");
  });

  it("never moves a calendar date, whatever the zone", () => {
    expect(formatDate("2025-01-01", "en", { timeZone: "Pacific/Kiritimati" })).toBe("January 1, 2025");
    expect(formatDate("2025-01-01", "en", { timeZone: "Pacific/Pago_Pago" })).toBe("January 1, 2025");
  });

  it("refuses what is not a date", () => {
    expect(() => formatDate("tomorrow", "en")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("adds the time in Casablanca", () => {
    expect(formatDateTime("2025-08-15T09:00:00Z", "fr-MA")).toBe("15 août 2025 à 10:00");
    expect(formatDateTime("2025-08-15T09:00:00Z", "ar-MA")).toBe("15 غشت 2025 في 10:00");
  });
});

describe("formatDateRange", () => {
  it("shares the month and year when the two ends share them", () => {
    expect(formatDateRange("2025-05-15", "2025-05-20", "ar-MA")).toBe("15–20 ماي 2025");
    expect(formatDateRange("2025-05-15", "2025-05-20", "fr-MA")).toBe("15–20 mai 2025");
    expect(formatDateRange("2025-05-15", "2025-05-20", "zgh")).toBe("15–20 ⵎⴰⵢⵢⵓ 2025");
  });

  it("writes both months within one year", () => {
    expect(formatDateRange("2025-05-15", "2025-07-20", "ar-MA")).toBe("15 ماي – 20 يوليوز 2025");
    expect(formatDateRange("2025-05-15", "2025-07-20", "fr-MA")).toBe(`15 mai${THIN}–${THIN}20 juillet 2025`);
    expect(formatDateRange("2025-05-15", "2025-07-20", "en")).toBe(`May 15${THIN}–${THIN}July 20, 2025`);
    expect(formatDateRange("2025-05-15", "2025-07-20", "zgh")).toBe(`15 ⵎⴰⵢⵢⵓ${THIN}–${THIN}20 ⵢⵓⵍⵢⵓⵣ 2025`);
  });

  it("writes both Tamazight dates in the shorter styles, not root's year-first ranges", () => {
    expect(formatDateRange("2025-05-15", "2025-07-20", "zgh", { style: "medium" })).toBe(
      `15 ⵎⴰⵢ, 2025${THIN}–${THIN}20 ⵢⵓⵍ, 2025`,
    );
    expect(formatDateRange("2025-05-15", "2025-05-15", "zgh", { style: "short" })).toBe("15/5/2025");
  });

  it("writes both dates in full across years", () => {
    expect(formatDateRange("2024-12-15", "2025-01-20", "zgh")).toBe(
      `15 ⴷⵓⵊⴰⵏⴱⵉⵔ 2024${THIN}–${THIN}20 ⵉⵏⵏⴰⵢⵔ 2025`,
    );
    expect(formatDateRange("2024-12-15", "2025-01-20", "fr-MA")).toBe(
      `15 décembre 2024${THIN}–${THIN}20 janvier 2025`,
    );
    expect(formatDateRange("2025-05-15", "2025-05-15", "zgh")).toBe("15 ⵎⴰⵢⵢⵓ 2025");
  });
});

describe("the first of the month in French", () => {
  it("writes 1er beside a month in words, as French does, and never elsewhere", () => {
    expect(formatDate("2025-01-01", "fr-MA")).toBe("1er janvier 2025");
    expect(formatDate("2025-01-01", "fr-MA", { style: "full" })).toBe("mercredi 1er janvier 2025");
    expect(formatDate("2025-01-01", "fr-MA", { style: "short" })).toBe("01/01/2025");
    expect(formatDate("2025-01-11", "fr-MA")).toBe("11 janvier 2025");
    expect(formatDate("2025-01-21", "fr-MA")).toBe("21 janvier 2025");
    expect(formatDateTime("2025-03-01T09:00:00Z", "fr-MA")).toBe("1er mars 2025 à 09:00");
  });

  it("writes 1er at either end of a range", () => {
    expect(formatDateRange("2025-05-01", "2025-05-05", "fr-MA")).toBe("1er–5 mai 2025");
    expect(formatDateRange("2025-04-01", "2025-05-01", "fr-MA")).toBe(`1er avril${THIN}–${THIN}1er mai 2025`);
  });

  it("leaves the first of the month as a number in the other languages", () => {
    expect(formatDate("2025-01-01", "ar-MA")).toBe("1 يناير 2025");
    expect(formatDate("2025-01-01", "en")).toBe("January 1, 2025");
    expect(formatDate("2025-01-01", "zgh")).toBe("1 ⵉⵏⵏⴰⵢⵔ 2025");
  });
});
