import type { Named } from "@ghorfa/schemas";
import { ghorfaRawIssue, Lease, LeasePayment } from "@ghorfa/schemas";
import type * as z from "zod";
import { withEntityRules } from "../body-rules";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";

const fields = fieldsOf(Lease);
const assigned = { id: true, chamberId: true, status: true, createdAt: true, updatedAt: true } as const;

const leaseCreateSchema = fields.omit(assigned);
/** The type of `LeaseCreate`, named so that declarations refer to it rather than restate it. */
export interface LeaseCreateSchema extends Named<typeof leaseCreateSchema> {}
/** A new lease of a unit to a member; it starts as a `draft`. */
export const LeaseCreate: LeaseCreateSchema = leaseCreateSchema;
export type LeaseCreate = z.infer<typeof LeaseCreate>;

const leasePatchSchema = patchOf(fields.omit({ ...assigned, tenantId: true, unitId: true }));
/** The type of `LeasePatch`, named so that declarations refer to it rather than restate it. */
export interface LeasePatchSchema extends Named<typeof leasePatchSchema> {}
/**
 * A change to a lease: each top-level field given replaces the current one, and `null` removes
 * an optional one (`end`, `entryFee`…). The tenant and the unit are fixed for the life of a
 * lease; a new monthly rent is a revision, checked against loi 07-03 (`revision_too_early`,
 * `revision_above_cap`), and once the lease has taken effect its rent history and last revision
 * are only added to (`lease_history_rewrite`).
 */
export const LeasePatch: LeasePatchSchema = leasePatchSchema;
export type LeasePatch = z.infer<typeof LeasePatch>;

/**
 * A move to another status; ending a lease (`terminated`) says on which day, in `end`, whatever
 * end the lease had (code `lease_end_required` otherwise).
 */
export const LeaseStatusChange = withEntityRules(
  fields.pick({ status: true, end: true }).check((ctx) => {
    if (ctx.value.status === "terminated" && ctx.value.end === undefined) {
      ctx.issues.push({
        ...ghorfaRawIssue("lease_end_required", "A terminated lease says when it ended", ctx.value.end),
        path: ["end"],
      });
    }
  }),
  Lease,
);
export type LeaseStatusChange = z.infer<typeof LeaseStatusChange>;

const leaseListQuerySchema = PageQuery.extend({
  status: fields.shape.status.optional(),
  tenantId: fields.shape.tenantId.optional(),
  unitId: fields.shape.unitId.optional(),
});
/** The type of `LeaseListQuery`, named so that declarations refer to it rather than restate it. */
export interface LeaseListQuerySchema extends Named<typeof leaseListQuerySchema> {}
export const LeaseListQuery: LeaseListQuerySchema = leaseListQuerySchema;
export type LeaseListQuery = z.infer<typeof LeaseListQuery>;

const paymentFields = fieldsOf(LeasePayment);

const leasePaymentCreateSchema = withEntityRules(
  paymentFields.omit({ id: true, chamberId: true, leaseId: true, receiptNumber: true }).check((ctx) => {
    if (ctx.value.kind === "rent" && ctx.value.period === undefined) {
      ctx.issues.push({
        ...ghorfaRawIssue("payment_period_required", "A rent payment says which months it covers", undefined),
        path: ["period"],
      });
    }
  }),
  LeasePayment,
);
/** The type of `LeasePaymentCreate`, named so that declarations refer to it rather than restate it. */
export interface LeasePaymentCreateSchema extends Named<typeof leasePaymentCreateSchema> {}
/**
 * A payment received on a lease: the node assigns the id and the next receipt number. Rent says
 * which months it pays for, in `period` (code `payment_period_required` otherwise).
 */
export const LeasePaymentCreate: LeasePaymentCreateSchema = leasePaymentCreateSchema;
export type LeasePaymentCreate = z.infer<typeof LeasePaymentCreate>;

export const LeasePaymentListQuery = PageQuery.extend({ kind: paymentFields.shape.kind.optional() });
export type LeasePaymentListQuery = z.infer<typeof LeasePaymentListQuery>;
