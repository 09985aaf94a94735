import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFee, FeeRule, feeNeedsDeclaredValue } from "./fee-rule";

const mad = (amount: number) => ({ amount, currency: "MAD" });
// A certificate of origin at 1‰ of the invoice value, at least 400 MAD and at most 1,000 MAD.
const certificate = FeeRule.parse({
  kind: "per_mille",
  partsPerMillion: 1000,
  minimum: mad(40_000),
  maximum: mad(100_000),
});

describe("computeFee", () => {
  it("is nothing for a free service and the amount for a fixed one", () => {
    expect(computeFee({ kind: "free" }, { member: true })).toEqual(mad(0));
    expect(computeFee({ kind: "fixed", amount: mad(20_000) }, { member: false })).toEqual(mad(20_000));
  });

  it("charges members their price and others theirs", () => {
    const rule = FeeRule.parse({ kind: "membership_price", member: mad(50_000), other: mad(150_000) });
    expect(computeFee(rule, { member: true })).toEqual(mad(50_000));
    expect(computeFee(rule, { member: false })).toEqual(mad(150_000));
  });

  it("raises a per-mille fee below the minimum to the minimum", () => {
    // 1‰ of 100,000.00 MAD is 100.00 MAD, under 400.00.
    expect(computeFee(certificate, { member: true, declaredValue: mad(10_000_000) })).toEqual(mad(40_000));
    expect(computeFee(certificate, { member: true, declaredValue: mad(0) })).toEqual(mad(40_000));
  });

  it("lowers a per-mille fee above the maximum to the maximum", () => {
    // 1‰ of 5,000,000.00 MAD is 5,000.00 MAD, over 1,000.00.
    expect(computeFee(certificate, { member: true, declaredValue: mad(500_000_000) })).toEqual(mad(100_000));
  });

  it("keeps a per-mille fee between the bounds, at the bounds exactly", () => {
    expect(computeFee(certificate, { member: true, declaredValue: mad(60_000_000) })).toEqual(mad(60_000));
    expect(computeFee(certificate, { member: true, declaredValue: mad(40_000_000) })).toEqual(mad(40_000));
    expect(computeFee(certificate, { member: true, declaredValue: mad(100_000_000) })).toEqual(mad(100_000));
  });

  it("rounds a per-mille fee half up to the centime", () => {
    const uncapped = FeeRule.parse({ kind: "per_mille", partsPerMillion: 2500, minimum: mad(0) });
    // 2.5‰ of 1.00 MAD (100 centimes) is 0.25 centime: 0.
    expect(computeFee(uncapped, { member: true, declaredValue: mad(100) })).toEqual(mad(0));
    // 2.5‰ of 2.00 MAD is 0.5 centime: half up, 1.
    expect(computeFee(uncapped, { member: true, declaredValue: mad(200) })).toEqual(mad(1));
    // 2.5‰ of 5.99 MAD is 1.4975 centimes: 1.
    expect(computeFee(uncapped, { member: true, declaredValue: mad(599) })).toEqual(mad(1));
    // 2.5‰ of 6.00 MAD is 1.5 centimes: 2.
    expect(computeFee(uncapped, { member: true, declaredValue: mad(600) })).toEqual(mad(2));
  });

  it("stays exact at the largest amounts", () => {
    const all = FeeRule.parse({ kind: "per_mille", partsPerMillion: 1_000_000, minimum: mad(0) });
    expect(computeFee(all, { member: true, declaredValue: mad(100_000_000_000) })).toEqual(
      mad(100_000_000_000),
    );
  });

  it("is an integer within the bounds for any value and rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (value, partsPerMillion) => {
          const rule = FeeRule.parse({ kind: "per_mille", partsPerMillion, minimum: mad(0) });
          const { amount } = computeFee(rule, { member: false, declaredValue: mad(value) });
          const exact = (value * partsPerMillion) / 1_000_000;
          expect(Number.isInteger(amount)).toBe(true);
          expect(Math.abs(amount - exact)).toBeLessThanOrEqual(0.5 + 1e-6);
        },
      ),
    );
  });

  it("needs a declared value in MAD for a per-mille fee", () => {
    expect(feeNeedsDeclaredValue(certificate)).toBe(true);
    expect(feeNeedsDeclaredValue({ kind: "free" })).toBe(false);
    expect(() => computeFee(certificate, { member: true })).toThrow(RangeError);
    expect(() =>
      computeFee(certificate, { member: true, declaredValue: { amount: 1, currency: "EUR" } }),
    ).toThrow(RangeError);
  });
});

describe("FeeRule", () => {
  it("refuses a maximum below the minimum, with its code", () => {
    const result = FeeRule.safeParse({
      kind: "per_mille",
      partsPerMillion: 1000,
      minimum: mad(2),
      maximum: mad(1),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["maximum"],
      params: { ghorfa: "fee_bounds_order" },
    });
  });

  it("refuses a fractional rate, negative amounts, another currency and an unknown kind", () => {
    for (const bad of [
      { kind: "per_mille", partsPerMillion: 1.5, minimum: mad(0) },
      { kind: "per_mille", partsPerMillion: 0, minimum: mad(0) },
      { kind: "fixed", amount: mad(-1) },
      { kind: "fixed", amount: mad(1.5) },
      { kind: "fixed", amount: { amount: 100, currency: "EUR" } },
      { kind: "percentage", amount: mad(1) },
    ]) {
      expect(FeeRule.safeParse(bad).success).toBe(false);
    }
  });
});
