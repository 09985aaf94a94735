import * as z from "zod";
import { addMonthsToMonth, monthOf, monthsBetween } from "../calendar/calendar";
import { IsoDate, IsoMonth } from "../calendar/dates";
import { PaymentKind, PaymentMethod } from "../enums";
import { ChamberId } from "../ids/chamber-id";
import { LeaseId, PaymentId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { ghorfaIssue, ghorfaRawIssue } from "../issues/issue-codes";
import { jsonSchemaIf, whereKey, withKey } from "../json-schema/json-schema-if";
import { BooksMoney, MAX_MONEY_AMOUNT } from "../money/money";
import type { Named } from "../named";
import { textLine } from "../text/text";
import { ReceiptNumber } from "./receipt-number";

/**
 * The most months one payment may cover, and the furthest its period may reach past the month it
 * is paid in: ten years. More is not a payment a chamber takes, and each month of a period is
 * a turn of the loop that allocates it (and a month every arrears report computes).
 */
export const MAX_PAYMENT_PERIOD_MONTHS = 120;

/** The months a payment covers, both included: a quarter paid at once is `{ from: "2026-01", to: "2026-03" }`. */
export const PaymentPeriod = z
  .object({ from: IsoMonth, to: IsoMonth })
  .refine((period) => period.from <= period.to, {
    ...ghorfaIssue("date_range_order", "A payment period cannot end before it starts"),
    path: ["to"],
  })
  .refine((period) => monthsBetween(period.from, period.to) < MAX_PAYMENT_PERIOD_MONTHS, {
    ...ghorfaIssue("payment_period_span", `A payment covers at most ${MAX_PAYMENT_PERIOD_MONTHS} months`),
    path: ["to"],
  });
export type PaymentPeriod = z.infer<typeof PaymentPeriod>;

const leasePaymentSchema = z
  .object({
    id: PaymentId,
    chamberId: ChamberId,
    leaseId: LeaseId,
    kind: PaymentKind,
    /** Required for rent, which is allocated to the months it covers. */
    period: PaymentPeriod.optional(),
    /** Never zero: a receipt is for money received. */
    amount: BooksMoney.extend({ amount: z.int().positive().max(MAX_MONEY_AMOUNT) }),
    method: PaymentMethod,
    paidOn: IsoDate,
    /** Numbered in the year of `paidOn`, continuously per chamber. */
    receiptNumber: ReceiptNumber,
    /** The cheque number, transfer reference… as the bank gives it. */
    reference: textLine().max(64).optional(),
  })
  .superRefine((payment, ctx) => {
    for (const key of ["id", "leaseId"] as const) {
      if (chamberOfId(payment[key]) !== payment.chamberId) {
        ctx.addIssue({
          ...ghorfaRawIssue(
            "payment_chamber_mismatch",
            `The payment's ${key} must belong to ${payment.chamberId}`,
            payment[key],
          ),
          path: [key],
        });
      }
    }
    if (payment.kind === "rent" && payment.period === undefined) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "payment_period_required",
          "A rent payment says which months it covers",
          payment.period,
        ),
        path: ["period"],
      });
    }
    const reach = addMonthsToMonth(monthOf(payment.paidOn), MAX_PAYMENT_PERIOD_MONTHS);
    if (payment.period !== undefined && payment.period.to > reach) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "payment_period_ahead",
          `A payment pays for months up to ${MAX_PAYMENT_PERIOD_MONTHS} months after it is made, through ${reach}`,
          payment.period.to,
        ),
        path: ["period", "to"],
      });
    }
    if (payment.receiptNumber.slice(0, 4) !== payment.paidOn.slice(0, 4)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "receipt_year_mismatch",
          "A receipt is numbered in the year it is issued",
          payment.receiptNumber,
        ),
        path: ["receiptNumber"],
      });
    }
  })
  .meta(jsonSchemaIf(whereKey("kind", "rent"), withKey("period", "object")));
/** The type of `LeasePayment`, named so that declarations refer to it rather than restate it. */
export interface LeasePaymentSchema extends Named<typeof leasePaymentSchema> {}
/** A payment received on a lease (rent, entry fee, deposit, charges), with its receipt. */
export const LeasePayment: LeasePaymentSchema = leasePaymentSchema;
export type LeasePayment = z.infer<typeof LeasePayment>;
