import type { Named } from "@ghorfa/schemas";
import {
  Audit,
  GrantedDecision,
  LabelApplication,
  LabelScheme,
  RefusedDecision,
  ReinstatedDecision,
  SuspendedDecision,
  WithdrawnDecision,
} from "@ghorfa/schemas";
import * as z from "zod";
import { fieldsOf } from "../fields";
import { PageQuery } from "../pagination";

// The quality label programme (issue 13). Schemes are set up once and not changed: an audit's
// weighted score was computed on the criteria of its day. Audits and decisions are added to an
// application, never changed; the application's status follows from them.

const schemeFields = fieldsOf(LabelScheme);

const labelSchemeCreateSchema = schemeFields.omit({ id: true, createdAt: true, updatedAt: true });
/** The type of `LabelSchemeCreate`, named so that declarations refer to it rather than restate it. */
export interface LabelSchemeCreateSchema extends Named<typeof labelSchemeCreateSchema> {}
/** A new label scheme of the chamber of the path; its `code` is unique in the chamber. */
export const LabelSchemeCreate: LabelSchemeCreateSchema = labelSchemeCreateSchema;
export type LabelSchemeCreate = z.infer<typeof LabelSchemeCreate>;

const labelSchemeListQuerySchema = PageQuery.extend({ code: schemeFields.shape.code.optional() });
/** The type of `LabelSchemeListQuery`, named so that declarations refer to it rather than restate it. */
export interface LabelSchemeListQuerySchema extends Named<typeof labelSchemeListQuerySchema> {}
export const LabelSchemeListQuery: LabelSchemeListQuerySchema = labelSchemeListQuerySchema;
export type LabelSchemeListQuery = z.infer<typeof LabelSchemeListQuery>;

const applicationFields = fieldsOf(LabelApplication);

const labelApplicationCreateSchema = applicationFields.pick({
  schemeId: true,
  memberId: true,
  product: true,
  category: true,
  province: true,
});
/** The type of `LabelApplicationCreate`, named so that declarations refer to it rather than restate it. */
export interface LabelApplicationCreateSchema extends Named<typeof labelApplicationCreateSchema> {}
/** A member's application for a scheme of the chamber, for one product; it starts `submitted`. */
export const LabelApplicationCreate: LabelApplicationCreateSchema = labelApplicationCreateSchema;
export type LabelApplicationCreate = z.infer<typeof LabelApplicationCreate>;

const labelApplicationListQuerySchema = PageQuery.extend({
  status: applicationFields.shape.status.optional().describe("Applications in this status today"),
  schemeId: applicationFields.shape.schemeId.optional(),
  memberId: applicationFields.shape.memberId.optional(),
  category: applicationFields.shape.category.optional(),
});
/** The type of `LabelApplicationListQuery`, named so that declarations refer to it rather than restate it. */
export interface LabelApplicationListQuerySchema extends Named<typeof labelApplicationListQuerySchema> {}
export const LabelApplicationListQuery: LabelApplicationListQuerySchema = labelApplicationListQuerySchema;
export type LabelApplicationListQuery = z.infer<typeof LabelApplicationListQuery>;

const auditCreateSchema = fieldsOf(Audit).omit({ id: true, weightedScore: true, recordedAt: true });
/** The type of `AuditCreate`, named so that declarations refer to it rather than restate it. */
export interface AuditCreateSchema extends Named<typeof auditCreateSchema> {}
/** An audit to record on an application: one score per criterion; the node computes the weighted score. */
export const AuditCreate: AuditCreateSchema = auditCreateSchema;
export type AuditCreate = z.infer<typeof AuditCreate>;

const assigned = { id: true, recordedAt: true } as const;
const labelDecisionCreateSchema = z.discriminatedUnion("kind", [
  fieldsOf(GrantedDecision).omit({ ...assigned, labelNumber: true, validFrom: true, validUntil: true }),
  fieldsOf(RefusedDecision).omit(assigned),
  fieldsOf(SuspendedDecision).omit(assigned),
  fieldsOf(ReinstatedDecision).omit(assigned),
  fieldsOf(WithdrawnDecision).omit(assigned),
]);
/** The type of `LabelDecisionCreate`, named so that declarations refer to it rather than restate it. */
export interface LabelDecisionCreateSchema extends Named<typeof labelDecisionCreateSchema> {}
/**
 * A decision to record on an application, taking effect on its `date` (today or earlier, not
 * before the last decision). A grant's number and validity are the node's to assign.
 */
export const LabelDecisionCreate: LabelDecisionCreateSchema = labelDecisionCreateSchema;
export type LabelDecisionCreate = z.infer<typeof LabelDecisionCreate>;
