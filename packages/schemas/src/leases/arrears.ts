import * as z from "zod";
import { addMonthsToMonth, daysBetween, firstDayOf, monthOf, monthsBetween } from "../calendar/calendar";
import { FIRST_SUPPORTED_MONTH, IsoDate, IsoMonth, LAST_SUPPORTED_MONTH } from "../calendar/dates";
import { LeaseId, MemberId, UnitId } from "../ids/ids";
import { CurrencyCode, DEFAULT_CURRENCY } from "../money/money";
import { MoneyError } from "../money/money-error";
import type { Named } from "../named";
import type { Lease } from "./lease";
import type { LeaseTerms } from "./lease-term";
import type { LeasePayment } from "./payment";
import { type RentMonth, rentSchedule } from "./rent-due";

/** What the arrears report reads of a lease and of a payment. */
export type ArrearsLease = LeaseTerms & Pick<Lease, "id" | "unitId" | "tenantId">;
export type ArrearsPayment = Pick<
  LeasePayment,
  "leaseId" | "kind" | "period" | "amount" | "paidOn" | "receiptNumber"
>;

// The arrears report is sent over the wire (the contract's arrears report), so its shape is a
// zod schema like every other; the types are inferred from it.

const Centimes = z.int().nonnegative();

/** A month of rent that fell due and is not (fully) paid. Amounts in centimes. */
export const UnpaidMonth = z.object({
  month: IsoMonth,
  /** The day the month's rent fell due: the 1st (rent is paid in advance), or the lease's start. */
  dueOn: IsoDate,
  due: Centimes,
  paid: Centimes,
  outstanding: Centimes,
});
export type UnpaidMonth = z.infer<typeof UnpaidMonth>;

export const LeaseArrears = z.object({
  leaseId: LeaseId,
  unitId: UnitId,
  tenantId: MemberId,
  /** Rent fallen due up to the date, paid towards it, and what is left. Centimes. */
  due: Centimes,
  paid: Centimes,
  outstanding: Centimes,
  unpaidMonths: z.array(UnpaidMonth),
  oldestUnpaidMonth: IsoMonth.nullable(),
  /** Days from the oldest unpaid month's due date to the date; 0 when nothing is unpaid. */
  daysOverdue: z.int().nonnegative(),
});
export type LeaseArrears = z.infer<typeof LeaseArrears>;

const arrearsReportSchema = z.object({
  asOf: IsoDate,
  /** The first month accounted for, when the report was asked to start there. */
  since: IsoMonth.optional(),
  currency: CurrencyCode,
  /** Every lease that owed rent by the date, most outstanding first. */
  leases: z.array(LeaseArrears),
  total: z.object({ due: Centimes, paid: Centimes, outstanding: Centimes }),
});
/** The type of `ArrearsReport`, named so that declarations refer to it rather than restate it. */
export interface ArrearsReportSchema extends Named<typeof arrearsReportSchema> {}
export const ArrearsReport: ArrearsReportSchema = arrearsReportSchema;
export type ArrearsReport = z.infer<typeof ArrearsReport>;

/** `month` moved into the supported months, when it is outside them. */
function supportedMonth(month: string): string {
  if (month < FIRST_SUPPORTED_MONTH) return FIRST_SUPPORTED_MONTH;
  return month > LAST_SUPPORTED_MONTH ? LAST_SUPPORTED_MONTH : month;
}

/**
 * How the rent payments of one lease pay its months: each payment, in the order received, pays
 * the months of its period in turn up to what each still owes; what is left over stays on the
 * last month of its period (a credit, never moved to a month the tenant did not name).
 * Every centime paid lands on exactly one month. Returns the amount paid per month.
 * A period is read within the supported months (a stored one always is), so each payment is at
 * most SUPPORTED_MONTHS turns of the loop.
 */
export function allocateRentPayments(
  schedule: readonly RentMonth[],
  payments: readonly Pick<ArrearsPayment, "period" | "amount" | "paidOn" | "receiptNumber">[],
): Map<string, number> {
  const due = new Map(schedule.map((m) => [m.month, m.amount]));
  const paid = new Map<string, number>();
  const ordered = [...payments].sort(
    (a, b) => a.paidOn.localeCompare(b.paidOn) || a.receiptNumber.localeCompare(b.receiptNumber),
  );
  for (const payment of ordered) {
    if (!payment.period) continue;
    let left = payment.amount.amount;
    const from = supportedMonth(payment.period.from);
    const to = supportedMonth(payment.period.to);
    const count = monthsBetween(from, to) + 1;
    for (let i = 0, month = from; i < count && left > 0; i++, month = addMonthsToMonth(month, 1)) {
      const already = paid.get(month) ?? 0;
      const share = month === to ? left : Math.min(left, Math.max(0, (due.get(month) ?? 0) - already));
      paid.set(month, already + share);
      left -= share;
    }
  }
  return paid;
}

/**
 * The rent schedule of `lease` through `through` (at least) and what its rent payments received
 * by `asOf` pay of each month (`allocateRentPayments`): what arrears and collections both read.
 */
function rentLedger(
  lease: ArrearsLease,
  payments: readonly ArrearsPayment[],
  asOf: string,
  through: string,
): { schedule: RentMonth[]; paid: Map<string, number> } {
  const currency = lease.monthlyRent.currency;
  const own = payments.filter((p) => p.kind === "rent" && p.paidOn <= asOf);
  for (const p of own) {
    if (p.amount.currency !== currency) {
      throw new MoneyError(
        "currency_mismatch",
        `A payment in ${p.amount.currency} on a lease in ${currency}`,
      );
    }
  }
  // The schedule reaches as far as any payment's period, so a prepaid month is not taken for credit.
  const reach = own.reduce((last, p) => (p.period && p.period.to > last ? p.period.to : last), through);
  const schedule = rentSchedule(lease, reach);
  return { schedule, paid: allocateRentPayments(schedule, own) };
}

/**
 * The rent of `month` collected by `asOf` over `leases`, in centimes: for each lease, what its rent
 * payments received by then pay of that month, as the arrears report allocates them
 * (`allocateRentPayments`), up to the month's rent (a credit left on the month is not counted).
 * So a month's collected rent plus its outstanding rent in the arrears report is its rent due.
 */
export function rentCollected(input: {
  leases: readonly ArrearsLease[];
  payments: readonly ArrearsPayment[];
  month: string;
  asOf: string;
}): number {
  const paymentsByLease = groupByLease(input.payments);
  // Through the month even when it is after the date's: a month paid ahead is collected early.
  let through = monthOf(input.asOf);
  if (input.month > through) through = input.month;
  let collected = 0;
  for (const lease of input.leases) {
    const { schedule, paid } = rentLedger(lease, paymentsByLease.get(lease.id) ?? [], input.asOf, through);
    const due = schedule.find((m) => m.month === input.month)?.amount ?? 0;
    collected += Math.min(due, paid.get(input.month) ?? 0);
  }
  return collected;
}

function groupByLease(payments: readonly ArrearsPayment[]): Map<string, ArrearsPayment[]> {
  const byLease = new Map<string, ArrearsPayment[]>();
  for (const payment of payments) {
    const list = byLease.get(payment.leaseId) ?? [];
    list.push(payment);
    byLease.set(payment.leaseId, list);
  }
  return byLease;
}

function arrearsOf(
  lease: ArrearsLease,
  payments: readonly ArrearsPayment[],
  asOf: string,
  since: string | undefined,
): LeaseArrears {
  const { schedule, paid } = rentLedger(lease, payments, asOf, monthOf(asOf));
  const fallenDue = schedule
    .map((m) => ({ ...m, dueOn: m.month === monthOf(lease.start) ? lease.start : firstDayOf(m.month) }))
    .filter((m) => m.dueOn <= asOf && (since === undefined || m.month >= since));

  const unpaidMonths: UnpaidMonth[] = [];
  let due = 0;
  let paidTowards = 0;
  for (const m of fallenDue) {
    const settled = Math.min(m.amount, paid.get(m.month) ?? 0);
    due += m.amount;
    paidTowards += settled;
    if (settled < m.amount) {
      unpaidMonths.push({
        month: m.month,
        dueOn: m.dueOn,
        due: m.amount,
        paid: settled,
        outstanding: m.amount - settled,
      });
    }
  }
  const oldest = unpaidMonths[0];
  return {
    leaseId: lease.id,
    unitId: lease.unitId,
    tenantId: lease.tenantId,
    due,
    paid: paidTowards,
    outstanding: due - paidTowards,
    unpaidMonths,
    oldestUnpaidMonth: oldest?.month ?? null,
    daysOverdue: oldest ? daysBetween(oldest.dueOn, asOf) : 0,
  };
}

/**
 * The arrears of `leases` as of `asOf` (an ISO date): for each lease, the rent of every month
 * fallen due by then (see `rentSchedule`) against the rent payments received by then, allocated
 * to the months they cover (`allocateRentPayments`). Amounts are integer centimes.
 * `since` (`YYYY-MM`) is the first month the payments given account for, when they do not go
 * back to the start of every lease (a ledger taken over mid-way): earlier months are left out.
 */
export function arrears(input: {
  leases: readonly ArrearsLease[];
  payments: readonly ArrearsPayment[];
  asOf: string;
  since?: string;
}): ArrearsReport {
  const currency = input.leases[0]?.monthlyRent.currency ?? DEFAULT_CURRENCY;
  const paymentsByLease = groupByLease(input.payments);
  const leases: LeaseArrears[] = [];
  for (const lease of input.leases) {
    if (lease.monthlyRent.currency !== currency) {
      throw new MoneyError(
        "currency_mismatch",
        `An arrears report in ${currency} cannot hold a lease in ${lease.monthlyRent.currency}`,
      );
    }
    const entry = arrearsOf(lease, paymentsByLease.get(lease.id) ?? [], input.asOf, input.since);
    if (entry.due > 0) leases.push(entry);
  }
  return reportOf({ asOf: input.asOf, since: input.since, currency }, leases);
}

/** The report of `leases` (each owing rent), most outstanding first, with their totals. */
function reportOf(
  head: { asOf: string; since: string | undefined; currency: string },
  leases: LeaseArrears[],
): ArrearsReport {
  leases.sort(
    (a, b) => b.outstanding - a.outstanding || (a.leaseId < b.leaseId ? -1 : a.leaseId > b.leaseId ? 1 : 0),
  );
  const total = { due: 0, paid: 0, outstanding: 0 };
  for (const entry of leases) {
    total.due += entry.due;
    total.paid += entry.paid;
    total.outstanding += entry.outstanding;
  }
  return {
    asOf: head.asOf,
    ...(head.since === undefined ? {} : { since: head.since }),
    currency: head.currency,
    leases,
    total,
  };
}

/**
 * One report from the reports of parts of a chamber's leases (each lease, with its payments, in
 * one part only), all of the same day: the report `arrears` gives for all the leases at once.
 * So a large chamber can be counted part by part, letting other work run in between.
 */
export function combineArrears(parts: readonly ArrearsReport[]): ArrearsReport {
  const [first] = parts;
  if (!first) throw new RangeError("No arrears report to combine");
  const owing = parts.filter((part) => part.leases.length > 0);
  const currency = owing[0]?.currency ?? first.currency;
  for (const part of owing) {
    if (part.currency !== currency) {
      throw new MoneyError(
        "currency_mismatch",
        `An arrears report in ${currency} cannot hold one in ${part.currency}`,
      );
    }
  }
  return reportOf(
    { asOf: first.asOf, since: first.since, currency },
    owing.flatMap((part) => part.leases),
  );
}
