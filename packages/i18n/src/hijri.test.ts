import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs } from "./catalog";
import { formatHijri, hijriParts } from "./hijri";

beforeAll(() => loadCatalogs());

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("formatHijri", () => {
  it("marks every computed Hijri date as approximate, in every locale", () => {
    expect(plain(formatHijri("2025-03-02", "ar-MA"))).toBe("2 رمضان 1446 هـ (تقريبي)");
    expect(plain(formatHijri("2025-03-02", "fr-MA"))).toBe("2 ramadan 1446 H (approx.)");
    expect(plain(formatHijri("2025-03-02", "en"))).toBe("2 Ramadan 1446 AH (approx.)");
    expect(plain(formatHijri("2025-03-02", "zgh"))).toBe("2 ⵔⴰⵎⴰⴹⴰⵏ 1446 (≈)");
  });

  it("lets a chamber follow Morocco's moon sighting: 1 Ramadan 1446 was 2 March 2025", () => {
    expect(plain(formatHijri("2025-03-02", "ar-MA", { offsetDays: -1 }))).toBe("1 رمضان 1446 هـ (تقريبي)");
    expect(plain(formatHijri("2025-03-02", "fr-MA", { offsetDays: -1 }))).toBe("1 ramadan 1446 H (approx.)");
    expect(plain(formatHijri("2025-03-01", "ar-MA", { offsetDays: -1 }))).toBe("29 شعبان 1446 هـ (تقريبي)");
  });

  it("isolates the date inside the approximate marker", () => {
    expect(formatHijri("2025-03-02", "ar-MA")).toBe("\u20682 رمضان 1446 هـ\u2069 (تقريبي)");
  });

  it("can use the arithmetic civil calendar", () => {
    expect(plain(formatHijri("2025-03-31", "en", { calendar: "islamic-civil" }))).toMatch(
      /^\d+ Shawwal 1446 AH/,
    );
  });

  it("moves the Hijri date by exactly the offset inside a month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 5 }), (day, offset) => {
        // 1 Muharram 1447 (Umm al-Qura) is 26 June 2025.
        const date = new Date(Date.UTC(2025, 5, 25 + day));
        const shifted = new Date(date.getTime() + offset * 86_400_000);
        return hijriParts(shifted).day === hijriParts(date).day + offset;
      }),
    );
  });

  it("counts the offset in calendar days, across Morocco's clock change after Ramadan", () => {
    // 6 April 2025, 02:00: Casablanca went back to GMT+1, so 24 hours after 23:30 on 5 April is
    // 00:30 on 7 April. One day later is still 6 April, 8 Shawwal 1446 (Umm al-Qura).
    expect(plain(formatHijri("2025-04-05T23:30:00Z", "en", { offsetDays: 1 }))).toBe(
      plain(formatHijri("2025-04-06", "en")),
    );
    expect(plain(formatHijri("2025-04-06", "en"))).toBe("8 Shawwal 1446 AH (approx.)");
  });

  it("moves across month ends with the offset", () => {
    expect(plain(formatHijri("2025-03-30", "fr-MA", { offsetDays: -1 }))).toBe("29 ramadan 1446 H (approx.)");
    expect(plain(formatHijri("2025-03-29", "ar-MA", { offsetDays: 1 }))).toBe("1 شوال 1446 هـ (تقريبي)");
    expect(plain(formatHijri("2025-03-02", "zgh", { offsetDays: -1 }))).toBe("1 ⵔⴰⵎⴰⴹⴰⵏ 1446 (≈)");
  });

  it("refuses an offset that is not a whole number of days", () => {
    expect(() => formatHijri("2025-03-02", "ar-MA", { offsetDays: 0.5 })).toThrow(RangeError);
    expect(() => formatHijri("2025-03-02", "ar-MA", { offsetDays: Number.NaN })).toThrow(RangeError);
  });
});
