import { monthOf } from "../calendar/calendar";
import { ghorfaRawIssue } from "../issues/issue-codes";
import { type LeaseTerms, leaseEnd } from "./lease-term";
import type { LeasePayment } from "./payment";

/** One broken rule between a payment and its lease: a raw zod issue, with its path in the payment. */
export type PaymentLeaseIssue = ReturnType<typeof ghorfaRawIssue> & { path: (string | number)[] };

/**
 * The rules a payment must keep with its lease, which neither record can check alone: it is in
 * the lease's currency (`payment_lease_currency`), and a rent payment's period lies within the
 * months the lease runs (`payment_period_outside_lease`), so every centime of it lands on a
 * month the lease owes. Empty when the payment fits its lease.
 */
export function paymentLeaseIssues(
  lease: Pick<LeaseTerms, "start" | "end" | "termMonths" | "monthlyRent">,
  payment: Pick<LeasePayment, "kind" | "period" | "amount">,
): PaymentLeaseIssue[] {
  const issues: PaymentLeaseIssue[] = [];
  if (payment.amount.currency !== lease.monthlyRent.currency) {
    issues.push({
      ...ghorfaRawIssue(
        "payment_lease_currency",
        `A payment on this lease is in ${lease.monthlyRent.currency}`,
        payment.amount.currency,
      ),
      path: ["amount", "currency"],
    });
  }
  const period = payment.kind === "rent" ? payment.period : undefined;
  if (period !== undefined) {
    const first = monthOf(lease.start);
    const end = leaseEnd(lease);
    const last = end === undefined ? undefined : monthOf(end);
    if (period.from < first) {
      issues.push({
        ...ghorfaRawIssue("payment_period_outside_lease", `The lease runs from ${first}`, period.from),
        path: ["period", "from"],
      });
    }
    if (last !== undefined && period.to > last) {
      issues.push({
        ...ghorfaRawIssue("payment_period_outside_lease", `The lease runs through ${last}`, period.to),
        path: ["period", "to"],
      });
    }
  }
  return issues;
}
