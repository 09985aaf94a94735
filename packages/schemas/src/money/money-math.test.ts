import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MoneyError } from "./money-error";
import { add, allocate, compare, isZero, money, subtract, sum } from "./money-math";

const amount = fc.integer({ min: -1e12, max: 1e12 });
const mad = (n: number) => money(n);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof MoneyError ? error.code : "not a MoneyError";
  }
  return "no error";
};

describe("money arithmetic", () => {
  it("adds and subtracts as inverse operations", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(subtract(add(mad(a), mad(b)), mad(b))).toStrictEqual(mad(a));
        expect(add(subtract(mad(a), mad(b)), mad(b))).toStrictEqual(mad(a));
      }),
    );
  });

  it("compares amounts of one currency as a sort comparator", () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(compare(mad(a), mad(b))).toBe(Math.sign(a - b));
        expect(compare(mad(a), mad(b))).toBe(-compare(mad(b), mad(a)) || 0);
      }),
    );
  });

  it("refuses to combine two currencies", () => {
    expect(codeOf(() => add(money(100, "MAD"), money(100, "EUR")))).toBe("currency_mismatch");
    expect(codeOf(() => subtract(money(100, "XOF"), money(100, "MAD")))).toBe("currency_mismatch");
    expect(codeOf(() => compare(money(1, "MAD"), money(1, "EUR")))).toBe("currency_mismatch");
    expect(codeOf(() => sum([money(1), money(1, "EUR")]))).toBe("currency_mismatch");
    expect(codeOf(() => sum([money(1)], "EUR"))).toBe("currency_mismatch");
  });

  it("refuses a result that is not a safe integer", () => {
    expect(codeOf(() => add(mad(Number.MAX_SAFE_INTEGER), mad(1)))).toBe("out_of_range");
    expect(codeOf(() => subtract(mad(-Number.MAX_SAFE_INTEGER), mad(1)))).toBe("out_of_range");
    expect(codeOf(() => subtract(mad(Number.MAX_SAFE_INTEGER), mad(-1)))).toBe("out_of_range");
    expect(codeOf(() => sum([mad(Number.MAX_SAFE_INTEGER), mad(1), mad(-1)]))).toBe("out_of_range");
    expect(codeOf(() => money(0.5))).toBe("out_of_range");
    expect(codeOf(() => money(Number.NaN))).toBe("out_of_range");
    expect(add(mad(Number.MAX_SAFE_INTEGER - 1), mad(1))).toStrictEqual(mad(Number.MAX_SAFE_INTEGER));
  });

  it("refuses operands that are not safe integers, even when the result would be one", () => {
    const half = { amount: 0.5, currency: "MAD" };
    const beyond = { amount: 2 ** 60, currency: "MAD" };
    expect(codeOf(() => add(half, half))).toBe("out_of_range");
    expect(codeOf(() => subtract(beyond, beyond))).toBe("out_of_range");
    expect(codeOf(() => compare(half, mad(1)))).toBe("out_of_range");
  });

  it("never gives -0", () => {
    expect(Object.is(add(money(-0), money(-0)).amount, -0)).toBe(false);
    expect(Object.is(subtract(money(-0), money(0)).amount, -0)).toBe(false);
  });

  it("says whether an amount is zero", () => {
    expect(isZero(mad(0))).toBe(true);
    expect(isZero(mad(-1))).toBe(false);
  });

  it("sums a list, and the sum of nothing is a zero in the asked currency", () => {
    fc.assert(
      fc.property(fc.array(amount), (amounts) => {
        expect(sum(amounts.map(mad)).amount).toBe(amounts.reduce((a, b) => a + b, 0));
      }),
    );
    expect(sum([], "EUR")).toStrictEqual({ amount: 0, currency: "EUR" });
    expect(sum([])).toStrictEqual({ amount: 0, currency: "MAD" });
  });
});

describe("allocate", () => {
  const ratios = fc
    .array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 })
    .filter((r) => r.some((x) => x > 0));

  it("never loses or invents a centime", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), ratios, (total, weights) => {
        const parts = allocate(mad(total), weights);
        expect(parts).toHaveLength(weights.length);
        expect(sum(parts).amount).toBe(total);
      }),
    );
  });

  it("gives each part its exact share rounded down or up, and nothing to a zero ratio", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), ratios, (total, weights) => {
        const whole = weights.reduce((a, b) => a + b, 0);
        allocate(mad(total), weights).forEach((part, i) => {
          const exact = (total * (weights[i] ?? 0)) / whole;
          expect(Math.abs(part.amount - exact)).toBeLessThan(1 + 1e-6 * exact);
          if (weights[i] === 0) expect(part.amount).toBe(0);
        });
      }),
    );
  });

  it("splits into equal parts, the earlier parts taking the leftover centimes", () => {
    expect(allocate(mad(1000), 3).map((m) => m.amount)).toEqual([334, 333, 333]);
    expect(allocate(mad(-1000), 3).map((m) => m.amount)).toEqual([-334, -333, -333]);
    expect(allocate(mad(2), 4).map((m) => m.amount)).toEqual([1, 1, 0, 0]);
  });

  it("gives the leftover centimes to the largest remainders", () => {
    // 100 over 1:1:1:97 → 1, 1, 1, 97 exactly; 10 over 3:3:4 → 3, 3, 4.
    expect(allocate(mad(100), [1, 1, 1, 97]).map((m) => m.amount)).toEqual([1, 1, 1, 97]);
    expect(allocate(mad(10), [3, 3, 4]).map((m) => m.amount)).toEqual([3, 3, 4]);
    expect(allocate(mad(5), [1, 2]).map((m) => m.amount)).toEqual([2, 3]);
  });

  it("splits the largest safe amounts, positive or negative, without losing a centime", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(mad(total), weights);
          expect(sum(parts).amount).toBe(total);
          for (const part of parts) expect(Number.isSafeInteger(part.amount)).toBe(true);
        },
      ),
    );
    expect(allocate(mad(Number.MAX_SAFE_INTEGER), 2).map((m) => m.amount)).toEqual([
      4_503_599_627_370_496, 4_503_599_627_370_495,
    ]);
  });

  it("gives a negative total's parts the signs of the total, and a zero total zeros", () => {
    expect(allocate(mad(-100), [1, 2]).map((m) => m.amount)).toEqual([-33, -67]);
    expect(allocate(mad(0), [1, 0, 3]).map((m) => m.amount)).toEqual([0, 0, 0]);
    expect(allocate(mad(100), [0, 1]).map((m) => m.amount)).toEqual([0, 100]);
  });

  it("refuses a total that is not a safe integer of minor units", () => {
    expect(codeOf(() => allocate({ amount: 1.5, currency: "MAD" }, 2))).toBe("out_of_range");
    expect(codeOf(() => allocate({ amount: 2 ** 60, currency: "MAD" }, [1, 1]))).toBe("out_of_range");
  });

  it("keeps its exactness for amounts whose products pass 2^53", () => {
    const parts = allocate(mad(90_000_000_000_000), [333_333_333, 666_666_667]);
    expect(sum(parts).amount).toBe(90_000_000_000_000);
  });

  it("keeps the currency and never returns -0", () => {
    const parts = allocate(money(-1, "EUR"), [1, 1, 1]);
    expect(parts.map((m) => m.currency)).toEqual(["EUR", "EUR", "EUR"]);
    expect(parts.some((m) => Object.is(m.amount, -0))).toBe(false);
  });

  it("rejects ratios it cannot split by", () => {
    for (const bad of [
      [],
      [0, 0],
      [1, -1],
      [1.5, 1],
      [Number.NaN],
      [Number.POSITIVE_INFINITY],
      0,
      -2,
      1.5,
      Number.NaN,
    ]) {
      expect(codeOf(() => allocate(mad(100), bad))).toBe("invalid_ratios");
    }
  });
});
