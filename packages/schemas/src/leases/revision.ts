import { addDays } from "../calendar/calendar";
import type { PremisesUse } from "../enums";
import type { GhorfaIssueCode } from "../issues/issue-codes";
import type { Money } from "../money/money";
import { MoneyError } from "../money/money-error";
import type { Lease } from "./lease";
import { leaseEnd, rentInForce } from "./lease-term";

/** Why loi 07-03 forbids a rent increase; Ghorfa issue codes, so @ghorfa/i18n translates them. */
export const REVISION_REFUSALS = [
  "revision_too_early",
  "revision_above_cap",
] as const satisfies readonly GhorfaIssueCode[];
export type RevisionRefusal = (typeof REVISION_REFUSALS)[number];

export type RevisionVerdict =
  | { lawful: true }
  | {
      lawful: false;
      reason: RevisionRefusal;
      /** The first day an increase may take effect. */
      earliestDate?: string;
      /** The highest lawful rent, in the lease's currency. */
      maxRent?: Money;
    };

/** A proposed rent revision: the new monthly rent and the day it takes effect. */
export interface RentRevision {
  effectiveFrom: string;
  monthlyRent: Money;
}

/** loi 07-03: an increase of at most 8% for housing, 10% for commercial, professional or industrial premises. */
export function revisionCapPercent(use: PremisesUse): number {
  return use === "housing" ? 8 : 10;
}

// loi 07-03: no increase within 3 years of the start or of the last revision.
const YEARS_BETWEEN_REVISIONS = 3;

/** The last day the rent changed before `date`: a rent step or the clause's last revision. */
function lastRevisionBefore(lease: Pick<Lease, "start" | "rentHistory" | "revisionClause">, date: string) {
  let last: string | undefined;
  for (const step of lease.rentHistory ?? []) {
    if (step.effectiveFrom > lease.start && step.effectiveFrom < date) last = step.effectiveFrom;
  }
  const clause = lease.revisionClause?.lastRevisionOn;
  if (clause !== undefined && clause < date && (last === undefined || clause > last)) last = clause;
  return last;
}

/**
 * Whether raising (or lowering) a lease's rent as proposed is lawful under loi 07-03 (revision of
 * rents of housing and of professional, commercial or industrial premises):
 * - no increase takes effect within 3 years of the start or of the last revision: the first
 *   lawful day is the day after those 3 years, counted as a 36-month lease term is (`leaseEnd`).
 *   So the third anniversary itself is allowed (15 January 2023 → 15 January 2026), and from a
 *   29 February the 3 years run through 28 February and the first lawful day is 1 March;
 * - an increase is at most 10% of the rent in force (8% for housing), `maxRent` rounded down
 *   to the centime so it never exceeds the cap.
 * A decrease or an unchanged rent is always lawful. When an increase is both early and too
 * high, the reason is `revision_too_early` and both limits are given.
 */
export function checkRentRevision(
  lease: Pick<Lease, "start" | "monthlyRent" | "rentHistory" | "revisionClause" | "use">,
  revision: RentRevision,
): RevisionVerdict {
  if (revision.monthlyRent.currency !== lease.monthlyRent.currency) {
    throw new MoneyError(
      "currency_mismatch",
      `A revision in ${revision.monthlyRent.currency} of a rent in ${lease.monthlyRent.currency}`,
    );
  }
  const current = rentInForce(lease, addDays(revision.effectiveFrom, -1));
  if (revision.monthlyRent.amount <= current) return { lawful: true };

  const cap = revisionCapPercent(lease.use);
  // BigInt: rent × 110 passes 2^53 for rents above 819 billion centimes, and a float product
  // or division could round a rent up past the cap. A cap beyond the safe integers caps nothing.
  const capped = (BigInt(current) * BigInt(100 + cap)) / 100n;
  const maxRent = {
    amount: capped > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(capped),
    currency: lease.monthlyRent.currency,
  };
  const since = lastRevisionBefore(lease, revision.effectiveFrom) ?? lease.start;
  const lastProtectedDay = leaseEnd({ start: since, termMonths: 12 * YEARS_BETWEEN_REVISIONS }) as string;
  const earliestDate = addDays(lastProtectedDay, 1);
  const isAboveCap = revision.monthlyRent.amount > maxRent.amount;

  if (revision.effectiveFrom < earliestDate) {
    return { lawful: false, reason: "revision_too_early", earliestDate, ...(isAboveCap ? { maxRent } : {}) };
  }
  if (isAboveCap) return { lawful: false, reason: "revision_above_cap", maxRent };
  return { lawful: true };
}
