import * as z from "zod";

/** An ISO 4217 currency code; MAD (Moroccan dirham) unless said otherwise. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "Expected an ISO 4217 currency code such as MAD" });
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * An amount of money as an integer count of minor units (centimes for MAD) and its currency.
 * Never a float: 170,000.00 MAD is `{ amount: 17000000, currency: "MAD" }`.
 */
export const Money = z.object({
  amount: z.int(),
  currency: CurrencyCode.default("MAD"),
});
export type Money = z.infer<typeof Money>;

/** Money that cannot be negative: rents, fees, deposits, payments. */
export const NonNegativeMoney = z.object({
  amount: z.int().nonnegative(),
  currency: CurrencyCode.default("MAD"),
});
export type NonNegativeMoney = z.infer<typeof NonNegativeMoney>;
