import * as z from "zod";
import { isDateOrdered, isInstantOrdered } from "../calendar/date-order";
import { IsoDate, IsoDateTime, SUPPORTED_MONTHS } from "../calendar/dates";
import { LeaseStatus, LegalRegime, PremisesUse } from "../enums";
import { ChamberId } from "../ids/chamber-id";
import { LeaseId, MemberId, UnitId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { ghorfaRawIssue } from "../issues/issue-codes";
import { jsonSchemaIf, whereKey, withKey } from "../json-schema/json-schema-if";
import { BooksMoney } from "../money/money";
import type { Named } from "../named";
import { LocalizedParagraphs } from "../text/localized-text";

/** One step of a lease's rent: `monthlyRent` is owed from `effectiveFrom` until the next step. */
export const RentStep = z.object({
  effectiveFrom: IsoDate,
  monthlyRent: BooksMoney,
});
export type RentStep = z.infer<typeof RentStep>;

/** The lease's revision clause (loi 07-03 sets the floor under it: see `isRevisionLawful`). */
export const RevisionClause = z.object({
  text: LocalizedParagraphs.optional(),
  lastRevisionOn: IsoDate.optional(),
});
export type RevisionClause = z.infer<typeof RevisionClause>;

/** The longest contractual term a lease may state, in months: a century. */
export const MAX_LEASE_TERM_MONTHS = 1200;

const leaseFields = z.object({
  id: LeaseId,
  chamberId: ChamberId,
  tenantId: MemberId,
  unitId: UnitId,
  /** The first day the lease runs. */
  start: IsoDate,
  /** The contractual term, in calendar months: at most a century (a 99-year lease fits). */
  termMonths: z.int().positive().max(MAX_LEASE_TERM_MONTHS).optional(),
  /**
   * The last day the lease runs, inclusive. When set it wins over `termMonths` (a renewal, an
   * early termination); when neither is set the lease runs until further notice.
   */
  end: IsoDate.optional(),
  /** The latest rent agreed: the last step of `rentHistory`, or the rent since the start. */
  monthlyRent: BooksMoney,
  deposit: BooksMoney,
  /** The one-time entry fee (droit au bail, pas-de-porte, حق الإيجار), when there is one. */
  entryFee: BooksMoney.optional(),
  legalRegime: LegalRegime,
  use: PremisesUse,
  revisionClause: RevisionClause.optional(),
  /**
   * Every rent step since the start, oldest first; omitted or empty when the rent never changed.
   * At most one a month over the supported years, so reading it is bounded too.
   */
  rentHistory: z.array(RentStep).max(SUPPORTED_MONTHS).optional(),
  status: LeaseStatus,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
type LeaseFields = z.infer<typeof leaseFields>;

function isRentHistoryCoherent(lease: LeaseFields): boolean {
  const steps = lease.rentHistory ?? [];
  const last = steps.at(-1);
  if (!last) return true;
  if (steps[0]?.effectiveFrom !== lease.start || last.monthlyRent.amount !== lease.monthlyRent.amount)
    return false;
  return steps.every((step, i) => i === 0 || (steps[i - 1] as RentStep).effectiveFrom < step.effectiveFrom);
}

const leaseSchema = leaseFields
  .superRefine((lease, ctx) => {
    for (const key of ["id", "tenantId", "unitId"] as const) {
      if (chamberOfId(lease[key]) !== lease.chamberId) {
        ctx.addIssue({
          ...ghorfaRawIssue(
            "lease_chamber_mismatch",
            `The lease's ${key} must belong to ${lease.chamberId}`,
            lease[key],
          ),
          path: [key],
        });
      }
    }
    if (!isDateOrdered(lease.start, lease.end)) {
      ctx.addIssue({
        ...ghorfaRawIssue("date_range_order", "A lease cannot end before it starts", lease.end),
        path: ["end"],
      });
    }
    const currency = lease.monthlyRent.currency;
    const amounts = [lease.deposit, lease.entryFee, ...(lease.rentHistory ?? []).map((s) => s.monthlyRent)];
    if (amounts.some((m) => m !== undefined && m.currency !== currency)) {
      ctx.addIssue({
        ...ghorfaRawIssue("lease_currency_mismatch", `Every amount of a lease is in ${currency}`, lease),
        path: ["monthlyRent", "currency"],
      });
    }
    if (!isRentHistoryCoherent(lease)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "lease_rent_history",
          "The rent history starts on the lease's start, goes forward in time and ends with the monthly rent",
          lease.rentHistory,
        ),
        path: ["rentHistory"],
      });
    }
    const lastRevisionOn = lease.revisionClause?.lastRevisionOn;
    if (!isDateOrdered(lease.start, lastRevisionOn)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "A rent cannot be revised before the lease starts",
          lastRevisionOn,
        ),
        path: ["revisionClause", "lastRevisionOn"],
      });
    }
    // An ended lease must say when it ended, or rent would keep falling due for ever.
    const hasEnded = lease.status === "terminated" || lease.status === "expired";
    if (
      hasEnded &&
      lease.end === undefined &&
      (lease.status === "terminated" || lease.termMonths === undefined)
    ) {
      ctx.addIssue({
        ...ghorfaRawIssue("lease_end_required", `A ${lease.status} lease says when it ended`, lease.end),
        path: ["end"],
      });
    }
    if (!isInstantOrdered(lease.createdAt, lease.updatedAt)) {
      ctx.addIssue({
        ...ghorfaRawIssue(
          "date_range_order",
          "A lease cannot be updated before it is created",
          lease.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  })
  // When an ended lease must say when it ended, for JSON Schema too.
  .meta({
    allOf: [
      jsonSchemaIf(whereKey("status", "terminated"), withKey("end", "string")),
      jsonSchemaIf(whereKey("status", "expired"), {
        type: "object",
        anyOf: [withKey("end", "string"), withKey("termMonths", "integer")],
      }),
    ],
  });
/** The type of `Lease`, named so that declarations refer to it rather than restate it. */
export interface LeaseSchema extends Named<typeof leaseSchema> {}
/** A lease of one of a chamber's units to one of its members. */
export const Lease: LeaseSchema = leaseSchema;
export type Lease = z.infer<typeof Lease>;
