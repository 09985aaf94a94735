import { addDays, addMonthsToDate, daysInMonth, monthOf } from "../calendar/calendar";
import type { Lease } from "./lease";

/** What the lease rules read of a lease; a stored `Lease` always fits. */
export type LeaseTerms = Pick<
  Lease,
  "start" | "end" | "termMonths" | "monthlyRent" | "rentHistory" | "status"
>;

/**
 * The last day a lease runs, inclusive: `end` when set, otherwise the day before the date
 * `termMonths` after the start (a lease from 15 March for 12 months ends on 14 March). When that
 * date does not exist (a lease from 31 January for one month), the lease runs to the end of the
 * shorter month. `undefined` for a lease that runs until further notice.
 */
export function leaseEnd(lease: Pick<LeaseTerms, "start" | "end" | "termMonths">): string | undefined {
  if (lease.end !== undefined) return lease.end;
  if (lease.termMonths === undefined) return undefined;
  const anniversary = addMonthsToDate(lease.start, lease.termMonths);
  const startDay = Number(lease.start.slice(8, 10));
  return startDay > daysInMonth(monthOf(anniversary)) ? anniversary : addDays(anniversary, -1);
}

/** Whether the lease ever took effect: drafts and cancelled leases never owe rent. */
export function hasTakenEffect(lease: Pick<LeaseTerms, "status">): boolean {
  return lease.status === "active" || lease.status === "expired" || lease.status === "terminated";
}

/** The monthly rent in force on `date` (ISO), by the rent history; the first step before the start. */
export function rentInForce(lease: Pick<LeaseTerms, "monthlyRent" | "rentHistory">, date: string): number {
  const steps = lease.rentHistory ?? [];
  if (steps.length === 0) return lease.monthlyRent.amount;
  let rent = steps[0]?.monthlyRent.amount ?? lease.monthlyRent.amount;
  for (const step of steps) {
    if (step.effectiveFrom > date) break;
    rent = step.monthlyRent.amount;
  }
  return rent;
}
