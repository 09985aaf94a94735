import * as z from "zod";
import { ghorfaIssue } from "../issues/issue-codes";

/** An ISO 4217 currency code; MAD (Moroccan dirham) unless said otherwise. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "Expected an ISO 4217 currency code such as MAD" });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * The largest amount, in minor units, one Ghorfa amount may hold: 1,000,000,000.00 MAD. Far above
 * any rent, fee or payment a chamber records, and low enough that a lease's rent over the 3,600
 * supported months (3.6e14) and the totals of a report over a chamber's leases stay exact
 * integers in a JavaScript number (below 2^53 ≈ 9.0e15: 25 such leases at the cap, for 300 years).
 */
export const MAX_MONEY_AMOUNT = 100_000_000_000;

/**
 * An amount of money as an integer count of minor units (centimes for MAD) and its currency.
 * Never a float: 170,000.00 MAD is `{ amount: 17000000, currency: "MAD" }`.
 */
export const Money = z.object({
  amount: z.int().min(-MAX_MONEY_AMOUNT).max(MAX_MONEY_AMOUNT),
  currency: CurrencyCode.default("MAD"),
});
export type Money = z.infer<typeof Money>;

/** Money that cannot be negative: rents, fees, deposits, payments. */
export const NonNegativeMoney = z.object({
  amount: z.int().nonnegative().max(MAX_MONEY_AMOUNT),
  currency: CurrencyCode.default("MAD"),
});
export type NonNegativeMoney = z.infer<typeof NonNegativeMoney>;

/** The default currency: amounts without one are Moroccan dirhams. */
export const DEFAULT_CURRENCY = "MAD";

/**
 * The currency of a chamber's books. Every chamber of the federation is Moroccan and keeps its
 * books in dirhams, so every lease and every payment on one is in MAD: a report then sums one
 * currency, and no stored amount can make it fail (there is no exchange rate to apply).
 */
export const BOOKS_CURRENCY = "MAD";

/** Money a chamber's books hold (a rent, a deposit, a payment received): never negative, in MAD. */
export const BooksMoney = NonNegativeMoney.extend({
  currency: CurrencyCode.refine(
    // `: boolean`, not a type guard: the type stays a currency code, the rule is a check.
    (code): boolean => code === BOOKS_CURRENCY,
    ghorfaIssue("books_currency", `A chamber's books are in ${BOOKS_CURRENCY}`),
  )
    .meta({ enum: [BOOKS_CURRENCY] })
    .default(BOOKS_CURRENCY),
});
export type BooksMoney = z.infer<typeof BooksMoney>;

// ISO 4217 exponents that are not 2. XOF matters here: the Dakar chamber counts in CFA francs.
const MINOR_UNIT_DIGITS: Readonly<Record<string, number>> = {
  BHD: 3,
  BIF: 0,
  CLF: 4,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  UYW: 4,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

/** How many digits the minor unit of `currency` has (2 for MAD: 1 dirham = 100 centimes). */
export function minorUnitDigits(currency: string): number {
  // `Object.hasOwn`, so that "constructor" or "__proto__" is a code like any other (2 digits).
  return Object.hasOwn(MINOR_UNIT_DIGITS, currency) ? (MINOR_UNIT_DIGITS[currency] as number) : 2;
}
