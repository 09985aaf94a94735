import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs } from "./catalog";
import { formatRelative } from "./relative-time";

beforeAll(() => loadCatalogs());

const now = new Date("2026-01-30T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("formatRelative", () => {
  it("says how long ago in Arabic, counting with six forms", () => {
    expect(formatRelative(ago(3 * DAY), "ar-MA", { now })).toBe("منذ 3 أيام");
    expect(formatRelative(ago(2 * DAY), "ar-MA", { now })).toBe("منذ يومين");
    expect(formatRelative(ago(HOUR), "ar-MA", { now })).toBe("منذ ساعة واحدة");
    expect(formatRelative(ago(11 * HOUR), "ar-MA", { now })).toBe("منذ 11 ساعة");
    expect(formatRelative(ago(3 * HOUR), "ar-MA", { now })).toBe("منذ 3 ساعات");
    expect(formatRelative(ago(100 * 365.25 * DAY), "ar-MA", { now })).toBe("منذ 100 سنة");
  });

  it("says it in French, English and Tamazight", () => {
    expect(formatRelative(ago(3 * DAY), "fr-MA", { now })).toBe("il y a 3 jours");
    expect(formatRelative(ago(3 * DAY), "en", { now })).toBe("3 days ago");
    expect(formatRelative(ago(3 * DAY), "zgh", { now })).toBe("ⴷⴰⵜ 3 ⵡⵓⵙⵙⴰⵏ");
    expect(formatRelative(ago(61 * DAY), "fr-MA", { now })).toBe("il y a 2 mois");
    expect(formatRelative(ago(14 * DAY), "en", { now })).toBe("2 weeks ago");
  });

  it("says how long until a future date", () => {
    expect(formatRelative(ago(-2 * DAY), "ar-MA", { now })).toBe("بعد يومين");
    expect(formatRelative(ago(-HOUR), "fr-MA", { now })).toBe("dans 1 heure");
    expect(formatRelative(ago(-3 * 30.4375 * DAY), "zgh", { now })).toBe("ⴷⴼⴼⵉⵔ 3 ⵡⴰⵢⵢⵓⵔⵏ");
  });

  it("says yesterday, tomorrow and now in words", () => {
    expect(formatRelative(ago(DAY), "ar-MA", { now })).toBe("أمس");
    expect(formatRelative(ago(-DAY), "fr-MA", { now })).toBe("demain");
    expect(formatRelative(ago(DAY), "zgh", { now })).toBe("ⵉⴹⵏⵏⴰⵟ");
    expect(formatRelative(ago(10_000), "en", { now })).toBe("just now");
  });

  it("reads ISO strings", () => {
    expect(formatRelative("2026-01-27T12:00:00Z", "fr-MA", { now })).toBe("il y a 3 jours");
  });

  it("counts minutes, months and years with Arabic's forms: 1, 2, 3–10, 11+", () => {
    const MINUTE = 60_000;
    const MONTH = 30.4375 * DAY;
    const YEAR = 365.25 * DAY;
    expect(formatRelative(ago(MINUTE), "ar-MA", { now })).toBe("منذ دقيقة واحدة");
    expect(formatRelative(ago(2 * MINUTE), "ar-MA", { now })).toBe("منذ دقيقتين");
    expect(formatRelative(ago(10 * MINUTE), "ar-MA", { now })).toBe("منذ 10 دقائق");
    expect(formatRelative(ago(11 * MINUTE), "ar-MA", { now })).toBe("منذ 11 دقيقة");
    expect(formatRelative(ago(MONTH), "ar-MA", { now })).toBe("منذ شهر واحد");
    expect(formatRelative(ago(2 * MONTH), "ar-MA", { now })).toBe("منذ شهرين");
    expect(formatRelative(ago(10 * MONTH), "ar-MA", { now })).toBe("منذ 10 أشهر");
    expect(formatRelative(ago(-YEAR), "ar-MA", { now })).toBe("بعد سنة واحدة");
    expect(formatRelative(ago(-2 * YEAR), "ar-MA", { now })).toBe("بعد سنتين");
    expect(formatRelative(ago(-3 * YEAR), "ar-MA", { now })).toBe("بعد 3 سنوات");
    expect(formatRelative(ago(-11 * YEAR), "ar-MA", { now })).toBe("بعد 11 سنة");
    expect(formatRelative(ago(-11 * YEAR), "fr-MA", { now })).toBe("dans 11 ans");
    expect(formatRelative(ago(MONTH), "en", { now })).toBe("1 month ago");
  });

  it("reads a calendar date at noon UTC", () => {
    expect(formatRelative("2026-01-27", "fr-MA", { now })).toBe("il y a 3 jours");
    expect(formatRelative("2026-01-31", "ar-MA", { now })).toBe("غدًا");
  });

  it("refuses what is not a date rather than saying 'just now'", () => {
    expect(() => formatRelative("not a date", "fr-MA", { now })).toThrow(RangeError);
    expect(() => formatRelative(new Date(Number.NaN), "en", { now })).toThrow(RangeError);
    expect(() => formatRelative(now, "en", { now: new Date("nope") })).toThrow(RangeError);
  });
});
