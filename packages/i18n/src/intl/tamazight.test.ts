import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs } from "../catalog";
import { formatDate, formatDateRange, formatDateTime } from "../dates";
import { formatMessage } from "../message-format";
import { formatMoney } from "../money";
import { formatBasisPoints, formatPercent } from "../percent";
import { dateFormat } from "./date-format";
import { numberFormat } from "./number-format";
import { useOwnTamazightData } from "./support";

// The package's zgh data must write what full ICU data writes: compared here with the runtime's
// own zgh, so only where the runtime has it (Node does; Deno's ICU data has none, and there the
// package's other tests, written from Node's output, run on this data).
const runtimeHasZgh = Intl.DateTimeFormat.supportedLocalesOf(["zgh"]).length > 0;
const NO_ZGH = "the runtime's ICU data has no zgh to compare with";

/** What `run` returns with the package's own zgh data, and with the runtime's. */
function bothWays<T>(run: () => T): { own: T; runtime: T } {
  useOwnTamazightData(true);
  const own = run();
  useOwnTamazightData(false);
  return { own, runtime: run() };
}

beforeAll(() => loadCatalogs(["zgh"]));
afterEach(() => useOwnTamazightData(undefined));

const STYLES = ["full", "long", "medium", "short"] as const;
const ZONES = ["UTC", "Africa/Casablanca", "Pacific/Kiritimati", "America/Los_Angeles"];
const instants = fc.date({
  min: new Date("1900-01-01T00:00:00Z"),
  max: new Date("2100-12-31T23:59:59Z"),
  noInvalidDate: true,
});

describe.skipIf(!runtimeHasZgh)(`zgh dates from the package's data (skipped where ${NO_ZGH})`, () => {
  it("writes every style, with and without the time, as ICU does, in any zone", () => {
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(...STYLES),
        fc.boolean(),
        fc.constantFrom(...ZONES),
        (instant, style, withTime, timeZone) => {
          const options: Intl.DateTimeFormatOptions = {
            dateStyle: style,
            timeZone,
            ...(withTime ? { timeStyle: "short" } : {}),
          };
          const { own, runtime } = bothWays(() => dateFormat("zgh", options).formatToParts(instant));
          expect(own).toEqual(runtime);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("names every month and weekday as ICU does", () => {
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(Date.UTC(2025, 0, 1 + day, 12));
      const { own, runtime } = bothWays(() => [
        formatDate(date, "zgh", { style: "full", timeZone: "UTC" }),
        formatDate(date, "zgh", { style: "medium", timeZone: "UTC" }),
      ]);
      expect(own).toEqual(runtime);
    }
  });

  it("writes the package's dates, times and ranges as with ICU's zgh", () => {
    fc.assert(
      fc.property(instants, instants, fc.constantFrom(...STYLES), (a, b, style) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const { own, runtime } = bothWays(() => [
          formatDate(start, "zgh", { style }),
          formatDateTime(start, "zgh", { style }),
          formatDateRange(start, end, "zgh", { style }),
        ]);
        expect(own).toEqual(runtime);
      }),
    );
  });
});

const CURRENCIES = Intl.supportedValuesOf("currency");
const decimalStrings = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }))
  .map(([negative, digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, "0");
    const units = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
    return `${negative ? "-" : ""}${units}` as Intl.StringNumericLiteral;
  });
const numbers = fc.oneof(
  fc.double({ min: -1e16, max: 1e16, noNaN: true }),
  fc.integer(),
  fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
  decimalStrings,
);

describe.skipIf(!runtimeHasZgh)(`zgh numbers from the package's data (skipped where ${NO_ZGH})`, () => {
  it("writes plain numbers, percentages and amounts in any currency as ICU does", () => {
    const options = fc.oneof(
      fc.constant<Intl.NumberFormatOptions>({}),
      fc.constant<Intl.NumberFormatOptions>({ maximumFractionDigits: 0 }),
      fc.record({ minimumFractionDigits: fc.constantFrom(0, 2, 3), maximumFractionDigits: fc.constant(3) }),
      fc.record({ style: fc.constant("percent" as const), maximumFractionDigits: fc.constantFrom(0, 1, 2) }),
      fc.record({ style: fc.constant("currency" as const), currency: fc.constantFrom(...CURRENCIES) }),
      fc.record({
        style: fc.constant("currency" as const),
        currency: fc.constantFrom(...CURRENCIES),
        notation: fc.constant("compact" as const),
      }),
    );
    fc.assert(
      fc.property(numbers, options, (value, option) => {
        const { own, runtime } = bothWays(() => numberFormat("zgh", option).formatToParts(value));
        expect(own).toEqual(runtime);
      }),
      { numRuns: 1000 },
    );
  });

  it("writes every currency's symbol as ICU does", () => {
    for (const currency of CURRENCIES) {
      const { own, runtime } = bothWays(() =>
        numberFormat("zgh", { style: "currency", currency }).format(-1234.5),
      );
      expect(own, currency).toBe(runtime);
    }
  });

  it("writes NaN and the infinities as ICU does", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const { own, runtime } = bothWays(() => [
        numberFormat("zgh").format(value),
        numberFormat("zgh", { style: "percent" }).format(value),
      ]);
      expect(own).toEqual(runtime);
    }
  });

  it("writes the package's amounts, percentages and message numbers as with ICU's zgh", () => {
    const centimes = fc.oneof(
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
    );
    fc.assert(
      fc.property(
        centimes,
        fc.constantFrom("MAD", "EUR", "USD", "XOF"),
        fc.constantFrom("icu", "document", "compact"),
        (amount, currency, style) => {
          const { own, runtime } = bothWays(() => formatMoney({ amount, currency }, "zgh", { style }));
          expect(own).toBe(runtime);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (ratio, n) => {
          const { own, runtime } = bothWays(() => [
            formatPercent(ratio, "zgh"),
            formatBasisPoints(n, "zgh"),
            formatMessage(
              "zgh",
              "{n, number} {n, number, integer} {r, number, percent} {n, plural, other {#}}",
              { n, r: ratio },
            ),
          ]);
          expect(own).toEqual(runtime);
        },
      ),
    );
  });
});

describe("zgh on a runtime without it", () => {
  it("writes Tamazight month names and zgh's number symbols, not English ones", () => {
    useOwnTamazightData(true);
    expect(formatDate("2025-08-15", "zgh", { style: "full" })).toBe("ⴰⵙⵉⵎⵡⴰⵙ 15 ⵖⵓⵛⵜ 2025");
    expect(formatDateTime("2025-08-15T21:05:00Z", "zgh")).toBe("15 ⵖⵓⵛⵜ 2025 22:05");
    expect(formatDateRange("2025-08-15", "2025-08-20", "zgh", { style: "short" })).toBe(
      "15/8/2025\u2009–\u200920/8/2025",
    );
    expect(formatMoney({ amount: -17_000_000 }, "zgh")).toBe("-170\u00a0000,00\u00a0MAD");
    expect(formatMoney({ amount: 123_456, currency: "EUR" }, "zgh")).toBe("1\u00a0234,56€");
    expect(formatMoney({ amount: 470_000, currency: "USD" }, "zgh", { style: "compact" })).toBe(
      "US$\u00a04,7K",
    );
    expect(formatPercent(12.345, "zgh")).toBe("1\u00a0234,5\u00a0%");
  });
});
