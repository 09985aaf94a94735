import { describe, expect, it } from "vitest";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { IsoDate, IsoDateTime, IsoMonth, SUPPORTED_MONTHS } from "./dates";

const accepts = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe("IsoDate", () => {
  it.each(["2028-02-29", "2000-02-29", "2026-04-30", "2026-12-31", "1900-01-01", "2199-12-31", "2124-02-29"])(
    "accepts %s, a day that exists",
    (date) => {
      expect(IsoDate.parse(date)).toBe(date);
    },
  );

  it.each([
    "2026-02-29",
    "1900-02-29",
    "2100-02-29",
    "2026-04-31",
    "2026-06-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-01",
    "20260101",
    " 2026-01-01",
    "2026-01-01T00:00:00Z",
    "٢٠٢٦-٠١-٠١",
    "+02026-01-01",
  ])("refuses %j", (date) => {
    expect(accepts(IsoDate, date)).toBe(false);
  });
});

describe("IsoDateTime", () => {
  it.each([
    "2026-01-30T10:00:00Z",
    "2026-01-30T10:00:00+01:00",
    "2026-01-30T10:00:00-00:00",
    "2026-01-30T10:00:00.123Z",
    "2026-01-30T23:59:59+14:00",
    "2028-02-29T00:00:00Z",
  ])("accepts %s, an instant with its offset", (instant) => {
    expect(IsoDateTime.parse(instant)).toBe(instant);
  });

  it.each([
    "2026-01-30T10:00:00",
    "2026-01-30 10:00:00Z",
    "2026-01-30t10:00:00z",
    "2026-01-30T10:00:00+0100",
    "2026-01-30T10:00:00+01",
    "2026-01-30T10:00Z",
    "2026-01-30T24:00:00Z",
    "2026-01-30T10:60:00Z",
    "2026-01-30T10:00:00+24:00",
    "2026-02-29T10:00:00Z",
  ])("refuses %j", (instant) => {
    expect(accepts(IsoDateTime, instant)).toBe(false);
  });
});

describe("IsoMonth", () => {
  it("accepts the twelve months of any supported year", () => {
    for (const month of ["2026-01", "2026-12", "1900-01", "2199-12"])
      expect(IsoMonth.parse(month)).toBe(month);
  });

  it.each(["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", "2026/01", "٢٠٢٦-٠١"])(
    "refuses %j",
    (month) => {
      expect(accepts(IsoMonth, month)).toBe(false);
    },
  );
});

describe("the supported years, 1900 to 2199", () => {
  const codesOf = (schema: typeof IsoDate | typeof IsoMonth | typeof IsoDateTime, value: string) =>
    schema.safeParse(value).error?.issues.map(ghorfaCodeOf);

  it.each([
    [IsoDate, "0000-01-01"],
    [IsoDate, "1899-12-31"],
    [IsoDate, "2200-01-01"],
    [IsoDate, "9999-12-31"],
    [IsoMonth, "0000-01"],
    [IsoMonth, "1899-12"],
    [IsoMonth, "2200-01"],
    [IsoMonth, "9999-12"],
    [IsoDateTime, "0000-01-01T00:00:00Z"],
    [IsoDateTime, "9999-12-31T23:59:59+01:00"],
  ] as const)("refuse %#: %s, with date_out_of_range", (schema, value) => {
    expect(codesOf(schema, value)).toEqual(["date_out_of_range"]);
  });

  it("hold at most 3,600 months, the longest loop over months there is", () => {
    expect(SUPPORTED_MONTHS).toBe(3600);
  });
});
