import { describe, expect, it } from "vitest";
import { DocumentNumber, formatDocumentNumber, parseDocumentNumber } from "./document-number";

describe("document numbers", () => {
  it("formats and parses a number back", () => {
    expect(formatDocumentNumber("CO", 2026, 123)).toBe("CO-2026-000123");
    expect(parseDocumentNumber("CO-2026-000123")).toEqual({ series: "CO", year: 2026, sequence: 123 });
    expect(parseDocumentNumber(formatDocumentNumber("SMQL", 2027, 999_999))).toEqual({
      series: "SMQL",
      year: 2027,
      sequence: 999_999,
    });
  });

  it("refuses a sequence outside 1..999999, a bad year or series", () => {
    expect(() => formatDocumentNumber("CO", 2026, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber("CO", 2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatDocumentNumber("CO", 2026, 1.5)).toThrow(RangeError);
    expect(() => formatDocumentNumber("CO", 10_000, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber("co", 2026, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber("C", 2026, 1)).toThrow(RangeError);
  });

  it("accepts only the written form", () => {
    for (const bad of [
      "CO-2026-000000",
      "CO-2026-123",
      "CO2026000123",
      "co-2026-000001",
      "CODES-2026-000001",
    ]) {
      expect(DocumentNumber.safeParse(bad).success).toBe(false);
      expect(parseDocumentNumber(bad)).toBeUndefined();
    }
  });
});
