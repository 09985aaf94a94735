import * as z from "zod";
import { isInstantOrdered } from "../calendar/date-order";
import { IsoDateTime } from "../calendar/dates";
import { DocumentSeries } from "../documents/document-number";
import { LabelSchemeId } from "../ids/ids";
import { ghorfaRawIssue } from "../issues/issue-codes";
import { MemberLabel } from "../members/member";
import type { Named } from "../named";
import { LocalizedText } from "../text/localized-text";

/** The code of an audit criterion, unique within its scheme: `traceability`, `cold-press`. */
export const LabelCriterionCode = z
  .string()
  .max(40)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { message: "Expected a criterion code such as traceability" });
export type LabelCriterionCode = z.infer<typeof LabelCriterionCode>;

const labelCriterionSchema = z.object({
  code: LabelCriterionCode,
  name: LocalizedText,
  /** How much the criterion counts in the weighted score, relative to the others. */
  weight: z.int().min(1).max(100),
});
/** The type of `LabelCriterion`, named so that declarations refer to it rather than restate it. */
export interface LabelCriterionSchema extends Named<typeof labelCriterionSchema> {}
/** One criterion an audit scores, from 0 to 100, and its weight in the weighted score. */
export const LabelCriterion: LabelCriterionSchema = labelCriterionSchema;
export type LabelCriterion = z.infer<typeof LabelCriterion>;

const labelSchemeSchema = z
  .object({
    id: LabelSchemeId,
    /** The code members' labels carry, such as `souss-massa-quality`; unique within the chamber. */
    code: MemberLabel.shape.code,
    names: LocalizedText,
    criteria: z.array(LabelCriterion).min(1).max(30),
    /** The least weighted score (0..100, see `weightedScore`) an audit needs for a grant. */
    passMark: z.int().min(0).max(100),
    /** How long a grant is valid, in months from the day of the grant. */
    validityMonths: z.int().min(1).max(120),
    /** The series of the label numbers (`SM-2026-000001`), numbered per chamber and year of grant. */
    series: DocumentSeries,
    /** How many months an audit stays usable for a decision, counted from the audit's day. */
    auditRecencyMonths: z.int().min(1).max(60),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.criteria.forEach((criterion, i) => {
      if (seen.has(criterion.code)) {
        ctx.issues.push({
          ...ghorfaRawIssue("label_criterion_duplicate", "A criterion code appears once", criterion.code),
          path: ["criteria", i, "code"],
        });
      }
      seen.add(criterion.code);
    });
    if (!isInstantOrdered(ctx.value.createdAt, ctx.value.updatedAt)) {
      ctx.issues.push({
        ...ghorfaRawIssue(
          "date_range_order",
          "A scheme cannot be updated before it is created",
          ctx.value.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  });
/** The type of `LabelScheme`, named so that declarations refer to it rather than restate it. */
export interface LabelSchemeSchema extends Named<typeof labelSchemeSchema> {}
/**
 * A quality label programme of a chamber, such as "Souss Massa": the criteria an audit scores,
 * the pass mark, how long a grant lasts and how recent its audit must be, the series of its numbers.
 */
export const LabelScheme: LabelSchemeSchema = labelSchemeSchema;
export type LabelScheme = z.infer<typeof LabelScheme>;
