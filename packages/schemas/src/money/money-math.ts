import { DEFAULT_CURRENCY, type Money } from "./money";
import { MoneyError } from "./money-error";

// Arithmetic on integer minor units. Every result is checked to stay a safe integer, and two
// amounts in different currencies never combine: there is no implicit exchange rate.

function checked(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyError("out_of_range", `${amount} minor units of ${currency} is not a safe integer`);
  }
  // -0 is not an amount anyone wrote: 0 - 0 of a negative zero stays a plain 0.
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** The currency of `a` and `b`, both checked to be safe integers (0.5 + 0.5 must not pass as 1). */
function sameCurrency(a: Money, b: Money): string {
  checked(a.amount, a.currency);
  checked(b.amount, b.currency);
  if (a.currency !== b.currency) {
    throw new MoneyError("currency_mismatch", `Cannot combine ${a.currency} with ${b.currency}`);
  }
  return a.currency;
}

/** An amount of `amount` minor units (centimes) of `currency`, MAD by default. */
export function money(amount: number, currency: string = DEFAULT_CURRENCY): Money {
  return checked(amount, currency);
}

export function add(a: Money, b: Money): Money {
  return checked(a.amount + b.amount, sameCurrency(a, b));
}

export function subtract(a: Money, b: Money): Money {
  return checked(a.amount - b.amount, sameCurrency(a, b));
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`; usable as a sort comparator. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function isZero(m: Money): boolean {
  return m.amount === 0;
}

/**
 * The total of `items`, in `currency` (by default the first item's, or MAD for an empty list,
 * so the sum of nothing is a zero that still has a currency).
 */
export function sum(items: readonly Money[], currency?: string): Money {
  const unit = currency ?? items[0]?.currency ?? DEFAULT_CURRENCY;
  let total = money(0, unit);
  for (const item of items) total = add(total, item);
  return total;
}

function ratiosOf(parts: readonly number[] | number): number[] {
  if (typeof parts === "number") {
    if (!Number.isSafeInteger(parts) || parts < 1) {
      throw new MoneyError("invalid_ratios", `Cannot allocate over ${parts} parts`);
    }
    return Array.from({ length: parts }, () => 1);
  }
  if (parts.length === 0 || parts.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    throw new MoneyError("invalid_ratios", "Ratios must be non-negative integers");
  }
  if (parts.every((r) => r === 0)) throw new MoneyError("invalid_ratios", "Ratios must not all be zero");
  return [...parts];
}

/**
 * Splits `total` over parts proportional to `ratios` (non-negative integers: square metres × 100,
 * basis points…) or into `count` equal parts, by the largest remainder method: each part gets
 * the floor of its exact share, then the centimes left over go one each to the parts with the
 * largest remainders (the earlier part on a tie). The parts always add up to `total` exactly.
 */
export function allocate(total: Money, ratios: readonly number[] | number): Money[] {
  checked(total.amount, total.currency);
  const weights = ratiosOf(ratios).map(BigInt);
  const whole = weights.reduce((a, b) => a + b, 0n);
  // BigInt, because amount × ratio can pass 2^53 (900 billion MAD is 9e13 centimes).
  const magnitude = BigInt(Math.abs(total.amount));
  const shares = weights.map((w) => (magnitude * w) / whole);
  const remainders = weights.map((w, index) => ({ index, rest: (magnitude * w) % whole }));
  let left = magnitude - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((x, y) => (x.rest === y.rest ? x.index - y.index : x.rest > y.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  // `0 - n` rather than `-n`, so a zero share of a negative total is 0, never -0.
  return shares.map((s) => money(total.amount < 0 ? 0 - Number(s) : Number(s), total.currency));
}
