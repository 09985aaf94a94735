import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findReceiptGaps,
  formatReceiptNumber,
  nextReceiptNumber,
  parseReceiptNumber,
  ReceiptNumber,
} from "./receipt-number";

describe("receipt numbers", () => {
  it("format a year and a sequence as YYYY-NNNNNN", () => {
    expect(formatReceiptNumber(2026, 14)).toBe("2026-000014");
    expect(formatReceiptNumber(2025, 999_999)).toBe("2025-999999");
  });

  it("refuse a sequence of 0 or past 999999", () => {
    expect(() => formatReceiptNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatReceiptNumber(2026, 1_000_000)).toThrow(RangeError);
    expect(ReceiptNumber.safeParse("2026-000000").success).toBe(false);
  });

  it("parse back what they format", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (year, sequence) => {
          expect(parseReceiptNumber(formatReceiptNumber(year, sequence))).toEqual({ year, sequence });
        },
      ),
    );
  });

  it("parse nothing from a malformed number", () => {
    for (const bad of ["2026-14", "26-000014", "2026/000014", "2026-0000014", " 2026-000014"]) {
      expect(parseReceiptNumber(bad)).toBeUndefined();
    }
  });

  it("find no gap in a continuous sequence that starts mid-year, per chamber and year", () => {
    const receipts = [
      { chamberId: "ma-09", receiptNumber: "2025-000287" },
      { chamberId: "ma-09", receiptNumber: "2025-000288" },
      { chamberId: "ma-09", receiptNumber: "2026-000001" },
      { chamberId: "ma-06", receiptNumber: "2026-000001" },
    ];
    expect(findReceiptGaps(receipts)).toEqual([]);
  });

  it("report the numbers skipped and the numbers used twice", () => {
    const receipts = ["2026-000001", "2026-000004", "2026-000004", "2026-000002"].map((receiptNumber) => ({
      chamberId: "ma-09",
      receiptNumber,
    }));
    expect(findReceiptGaps(receipts)).toEqual([
      { chamberId: "ma-09", year: 2026, missing: ["2026-000003"], duplicates: ["2026-000004"] },
    ]);
  });

  it("give the next number of a chamber's year, starting each year at 1", () => {
    const receipts = [
      { chamberId: "ma-09", receiptNumber: "2026-000007" },
      { chamberId: "ma-06", receiptNumber: "2026-000031" },
    ];
    expect(nextReceiptNumber(receipts, "ma-09", 2026)).toBe("2026-000008");
    expect(nextReceiptNumber(receipts, "ma-09", 2027)).toBe("2027-000001");
  });
});
