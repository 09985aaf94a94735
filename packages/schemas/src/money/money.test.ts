import { money } from "@ghorfa/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Money, minorUnitDigits, NonNegativeMoney } from "./money";

describe("Money", () => {
  it("is MAD when no currency is given", () => {
    expect(Money.parse({ amount: 17_000_000 })).toStrictEqual({ amount: 17_000_000, currency: "MAD" });
  });

  it("refuses floats, unsafe integers, lowercase or unknown-shaped currencies", () => {
    for (const bad of [
      { amount: 1.5 },
      { amount: Number.MAX_SAFE_INTEGER + 1 },
      { amount: "100" },
      { amount: 1, currency: "mad" },
      { amount: 1, currency: "DIRHAM" },
    ]) {
      expect(Money.safeParse(bad).success).toBe(false);
    }
  });

  it("refuses a negative amount where money cannot be negative", () => {
    expect(NonNegativeMoney.safeParse({ amount: -1 }).success).toBe(false);
    expect(NonNegativeMoney.parse({ amount: 0 })).toStrictEqual({ amount: 0, currency: "MAD" });
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(money, (m) => {
        expect(Money.parse(JSON.parse(JSON.stringify(m)))).toStrictEqual(Money.parse(m));
      }),
    );
  });

  it("knows the minor units of currencies whose exponent is not 2", () => {
    expect(minorUnitDigits("MAD")).toBe(2);
    expect(minorUnitDigits("XOF")).toBe(0);
    expect(minorUnitDigits("TND")).toBe(3);
    expect(minorUnitDigits("GNF")).toBe(0);
    expect(minorUnitDigits("XAF")).toBe(0);
    expect(minorUnitDigits("CLF")).toBe(4);
    expect(minorUnitDigits("constructor")).toBe(2);
  });
});
