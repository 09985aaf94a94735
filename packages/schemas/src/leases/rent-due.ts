import {
  addMonthsToMonth,
  dayNumber,
  daysInMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
  monthsBetween,
} from "../calendar/calendar";
import { DateRangeError, FIRST_SUPPORTED_DATE, LAST_SUPPORTED_MONTH } from "../calendar/dates";
import { hasTakenEffect, type LeaseTerms, leaseEnd, rentInForce } from "./lease-term";

// Exact pro-rata amounts are fractions of a centime over the days of a month (28 to 31). They
// are all counted in 1/377,580ths of a centime, the least common multiple of 28, 29, 30 and 31,
// so they add up without error. BigInt, because a long lease's running total passes 2^53.
const DENOMINATOR = 377_580n;

/** The month's rent in 1/DENOMINATOR centimes: the rent of each day the lease runs, over the month's days. */
function exactRent(lease: LeaseTerms, month: string, end: string | undefined): bigint {
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.max cannot compare
  const from = lease.start > firstDayOf(month) ? lease.start : firstDayOf(month);
  const to = end !== undefined && end < lastDayOf(month) ? end : lastDayOf(month);
  if (from > to) return 0n;
  let total = 0n;
  let cursor = from;
  let rent = rentInForce(lease, from);
  for (const step of lease.rentHistory ?? []) {
    if (step.effectiveFrom <= cursor || step.effectiveFrom > to) continue;
    total += BigInt(rent) * BigInt(dayNumber(step.effectiveFrom) - dayNumber(cursor));
    cursor = step.effectiveFrom;
    rent = step.monthlyRent.amount;
  }
  total += BigInt(rent) * BigInt(dayNumber(to) - dayNumber(cursor) + 1);
  return total * (DENOMINATOR / BigInt(daysInMonth(month)));
}

/** Half-up rounding of a non-negative amount in 1/DENOMINATOR centimes, to whole centimes. */
function roundHalfUp(exact: bigint): bigint {
  return (2n * exact + DENOMINATOR) / (2n * DENOMINATOR);
}

/** One month of a lease's rent schedule. */
export interface RentMonth {
  month: string;
  /** Integer centimes, in the currency of the lease's rent. */
  amount: number;
}

/**
 * The rent a lease owes month by month, from its first month through `through` (or its last
 * month, whichever comes first). A full month owes the rent in force; the first and last months
 * owe it pro rata by days, and a month with a rent step owes each rent for its own days.
 *
 * Rounding is half-up to the centime on the running total: each month owes the rounded total
 * through that month minus the rounded total through the month before. So a full month is
 * always the exact rent, no month is off by a centime or more from its exact share, and the
 * total over any span of the lease is the exact total rounded once: it never drifts.
 *
 * The schedule stops at LAST_SUPPORTED_MONTH whatever `through` says, so it is at most
 * SUPPORTED_MONTHS long; a lease starting before the supported years is a DateRangeError.
 */
export function rentSchedule(lease: LeaseTerms, through: string): RentMonth[] {
  if (!hasTakenEffect(lease)) return [];
  if (!(lease.start >= FIRST_SUPPORTED_DATE)) throw new DateRangeError(lease.start);
  const end = leaseEnd(lease);
  const bound = through < LAST_SUPPORTED_MONTH ? through : LAST_SUPPORTED_MONTH;
  const last = end !== undefined && monthOf(end) < bound ? monthOf(end) : bound;
  const schedule: RentMonth[] = [];
  let exact = 0n;
  let owed = 0n;
  // A count of months, not a comparison of texts: past 9999 "10000-01" sorts before "9999-12".
  const count = monthsBetween(monthOf(lease.start), last) + 1;
  for (let i = 0, month = monthOf(lease.start); i < count; i++, month = addMonthsToMonth(month, 1)) {
    exact += exactRent(lease, month, end);
    const rounded = roundHalfUp(exact);
    schedule.push({ month, amount: Number(rounded - owed) });
    owed = rounded;
  }
  return schedule;
}

/**
 * The rent `lease` owes for `month` (`YYYY-MM`), in integer centimes: see `rentSchedule` for
 * pro rata and rounding. Zero outside the lease, and for a lease that never took effect (draft,
 * cancelled). An expired or terminated lease still owes the months it ran.
 */
export function rentDue(lease: LeaseTerms, month: string): number {
  const schedule = rentSchedule(lease, month);
  const last = schedule.at(-1);
  return last?.month === month ? last.amount : 0;
}
