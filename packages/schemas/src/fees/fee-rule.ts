import * as z from "zod";
import { ghorfaRawIssue } from "../issues/issue-codes";
import { BOOKS_CURRENCY, BooksMoney } from "../money/money";
import type { Named } from "../named";

// A fee rule is the chamber's data, never the library's: the library only knows how to apply one.
// Every amount is integer centimes; the one division (a per-mille of a declared value) is done on
// integers and rounded half up to the centime, so the same rule gives the same fee on every node.

/** The kinds of fee rule. Wire values: never rename one. */
export const FeeRuleKind = z.enum(["free", "fixed", "per_mille", "membership_price"]);
export type FeeRuleKind = z.infer<typeof FeeRuleKind>;

const freeSchema = z.object({ kind: z.literal("free") });

const fixedSchema = z.object({ kind: z.literal("fixed"), amount: BooksMoney });

const perMilleSchema = z
  .object({
    kind: z.literal("per_mille"),
    /**
     * The rate applied to the value the requester declares (an invoice's value, say), in parts per
     * million so that it is an integer: 1‰ is `1000`, 2.5‰ is `2500`, 1 % is `10000`.
     */
    partsPerMillion: z.int().min(1).max(1_000_000),
    /** The least fee, whatever the value. */
    minimum: BooksMoney,
    /** The most fee, whatever the value; none when the fee grows with the value without a cap. */
    maximum: BooksMoney.optional(),
  })
  .check((ctx) => {
    const { minimum, maximum } = ctx.value;
    if (maximum !== undefined && maximum.amount < minimum.amount) {
      ctx.issues.push({
        ...ghorfaRawIssue("fee_bounds_order", "A fee's maximum cannot be below its minimum", maximum),
        path: ["maximum"],
      });
    }
  });

const membershipPriceSchema = z.object({
  kind: z.literal("membership_price"),
  /** What a member of the chamber pays. */
  member: BooksMoney,
  /** What anyone else pays. */
  other: BooksMoney,
});

const feeRuleSchema = z.discriminatedUnion("kind", [
  freeSchema,
  fixedSchema,
  perMilleSchema,
  membershipPriceSchema,
]);
/** The type of `FeeRule`, named so that declarations refer to it rather than restate it. */
export interface FeeRuleSchema extends Named<typeof feeRuleSchema> {}
/**
 * How a fee is computed, as data: `free`; `fixed`; `per_mille` of a value the requester declares,
 * at least `minimum` and at most `maximum` (a certificate of origin at 1‰ of the invoice value,
 * between 400 and 1,000 MAD, as one chamber may set it); `membership_price`, one price for members
 * and another for everyone else. All amounts are in the chamber's books currency (MAD).
 */
export const FeeRule: FeeRuleSchema = feeRuleSchema;
export type FeeRule = z.infer<typeof FeeRule>;

/** What a fee depends on besides its rule. */
export interface FeeBasis {
  /** Whether the payer is a member of the chamber (for `membership_price`). */
  readonly member: boolean;
  /** The value the requester declares, in MAD centimes (for `per_mille`). */
  readonly declaredValue?: BooksMoney | undefined;
}

/** Whether a fee of `rule` needs a declared value to be computed. */
export function feeNeedsDeclaredValue(rule: FeeRule): boolean {
  return rule.kind === "per_mille";
}

/** `amount × partsPerMillion / 1,000,000`, rounded half up to the centime, on integers. */
function shareOf(amount: number, partsPerMillion: number): number {
  const product = BigInt(amount) * BigInt(partsPerMillion);
  const quotient = product / 1_000_000n;
  const remainder = product % 1_000_000n;
  return Number(remainder * 2n >= 1_000_000n ? quotient + 1n : quotient);
}

/**
 * The fee `rule` asks of a payer described by `basis`, in MAD centimes. A `per_mille` fee is the
 * rate of the declared value, rounded half up to the centime (0.5 centime and above goes up), then
 * raised to the minimum or lowered to the maximum. Throws a RangeError when a `per_mille` rule has
 * no declared value (`feeNeedsDeclaredValue`) or the value is not in MAD: check before asking.
 */
export function computeFee(rule: FeeRule, basis: FeeBasis): BooksMoney {
  const fee = (amount: number): BooksMoney => ({ amount, currency: BOOKS_CURRENCY });
  switch (rule.kind) {
    case "free":
      return fee(0);
    case "fixed":
      return fee(rule.amount.amount);
    case "membership_price":
      return fee(basis.member ? rule.member.amount : rule.other.amount);
    case "per_mille": {
      const value = basis.declaredValue;
      if (value === undefined) throw new RangeError("A per-mille fee needs the declared value");
      if (value.currency !== BOOKS_CURRENCY) {
        throw new RangeError(`A declared value is in ${BOOKS_CURRENCY}, not ${value.currency}`);
      }
      let amount = shareOf(value.amount, rule.partsPerMillion);
      if (amount < rule.minimum.amount) amount = rule.minimum.amount;
      if (rule.maximum !== undefined && amount > rule.maximum.amount) amount = rule.maximum.amount;
      return fee(amount);
    }
  }
}
