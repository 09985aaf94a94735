import * as z from "zod";
import { isInstantOrdered } from "../calendar/date-order";
import { IsoDate, IsoDateTime } from "../calendar/dates";
import { DocumentNumber } from "../documents/document-number";
import { ChamberId } from "../ids/chamber-id";
import { AuditId, LabelApplicationId, LabelDecisionId, LabelSchemeId, MemberId } from "../ids/ids";
import { chamberOfId } from "../ids/owned-by";
import { ghorfaRawIssue } from "../issues/issue-codes";
import { MemberLabel } from "../members/member";
import type { Named } from "../named";
import { LocalizedParagraphs, LocalizedText } from "../text/localized-text";
import { textLine } from "../text/text";
import { LabelApplicationStatus, ProductCategory } from "./label-enums";
import { LabelCriterionCode } from "./label-scheme";

const criterionScoreSchema = z.object({
  criterion: LabelCriterionCode,
  /** 0 (not met at all) to 100 (fully met). */
  score: z.int().min(0).max(100),
});
/** The type of `CriterionScore`, named so that declarations refer to it rather than restate it. */
export interface CriterionScoreSchema extends Named<typeof criterionScoreSchema> {}
/** The score an audit gives one criterion of the scheme. */
export const CriterionScore: CriterionScoreSchema = criterionScoreSchema;
export type CriterionScore = z.infer<typeof CriterionScore>;

const auditSchema = z.object({
  id: AuditId,
  /** The day of the audit: its recency for a decision counts from it. */
  date: IsoDate,
  auditor: textLine().max(200),
  /** One score for each criterion of the scheme, no more, no less. */
  scores: z.array(CriterionScore).min(1).max(30),
  /** `weightedScore(scheme.criteria, scores)`, computed by the node when the audit is recorded. */
  weightedScore: z.int().min(0).max(100),
  findings: LocalizedParagraphs.optional(),
  recordedAt: IsoDateTime,
});
/** The type of `Audit`, named so that declarations refer to it rather than restate it. */
export interface AuditSchema extends Named<typeof auditSchema> {}
/** An audit of the product against the scheme's criteria: the scores, their weighted score, the findings. */
export const Audit: AuditSchema = auditSchema;
export type Audit = z.infer<typeof Audit>;

const decided = { id: LabelDecisionId, date: IsoDate, recordedAt: IsoDateTime };

const grantedDecisionSchema = z.object({
  ...decided,
  kind: z.literal("granted"),
  /** The audit the grant rests on: recent enough, at or above the pass mark. */
  auditId: AuditId,
  labelNumber: DocumentNumber,
  validFrom: IsoDate,
  /** The last day the label is valid; it has expired the day after. */
  validUntil: IsoDate,
  reasons: LocalizedParagraphs.optional(),
});
/** The type of `GrantedDecision`, named so that declarations refer to it rather than restate it. */
export interface GrantedDecisionSchema extends Named<typeof grantedDecisionSchema> {}
/** A grant (or a renewal): the label number and the days it is valid, assigned by the node. */
export const GrantedDecision: GrantedDecisionSchema = grantedDecisionSchema;
export type GrantedDecision = z.infer<typeof GrantedDecision>;

const refusedDecisionSchema = z.object({
  ...decided,
  kind: z.literal("refused"),
  auditId: AuditId.optional(),
  reasons: LocalizedParagraphs,
});
/** The type of `RefusedDecision`, named so that declarations refer to it rather than restate it. */
export interface RefusedDecisionSchema extends Named<typeof refusedDecisionSchema> {}
export const RefusedDecision: RefusedDecisionSchema = refusedDecisionSchema;
export type RefusedDecision = z.infer<typeof RefusedDecision>;

const suspendedDecisionSchema = z.object({
  ...decided,
  kind: z.literal("suspended"),
  reasons: LocalizedParagraphs,
});
/** The type of `SuspendedDecision`, named so that declarations refer to it rather than restate it. */
export interface SuspendedDecisionSchema extends Named<typeof suspendedDecisionSchema> {}
/** A suspension: the label stops being valid on its day, until a reinstatement. */
export const SuspendedDecision: SuspendedDecisionSchema = suspendedDecisionSchema;
export type SuspendedDecision = z.infer<typeof SuspendedDecision>;

const reinstatedDecisionSchema = z.object({
  ...decided,
  kind: z.literal("reinstated"),
  /** An audit made after the suspension, recent enough, at or above the pass mark. */
  auditId: AuditId,
  reasons: LocalizedParagraphs.optional(),
});
/** The type of `ReinstatedDecision`, named so that declarations refer to it rather than restate it. */
export interface ReinstatedDecisionSchema extends Named<typeof reinstatedDecisionSchema> {}
/** The end of a suspension: the label is valid again, with its number and validity end unchanged. */
export const ReinstatedDecision: ReinstatedDecisionSchema = reinstatedDecisionSchema;
export type ReinstatedDecision = z.infer<typeof ReinstatedDecision>;

const withdrawnDecisionSchema = z.object({
  ...decided,
  kind: z.literal("withdrawn"),
  reasons: LocalizedParagraphs,
});
/** The type of `WithdrawnDecision`, named so that declarations refer to it rather than restate it. */
export interface WithdrawnDecisionSchema extends Named<typeof withdrawnDecisionSchema> {}
/** A withdrawal, final: of the label, or of the application before any grant. */
export const WithdrawnDecision: WithdrawnDecisionSchema = withdrawnDecisionSchema;
export type WithdrawnDecision = z.infer<typeof WithdrawnDecision>;

const labelDecisionSchema = z.discriminatedUnion("kind", [
  GrantedDecision,
  RefusedDecision,
  SuspendedDecision,
  ReinstatedDecision,
  WithdrawnDecision,
]);
/** The type of `LabelDecision`, named so that declarations refer to it rather than restate it. */
export interface LabelDecisionSchema extends Named<typeof labelDecisionSchema> {}
/** A decision of the chamber on an application, taking effect on its `date`. */
export const LabelDecision: LabelDecisionSchema = labelDecisionSchema;
export type LabelDecision = z.infer<typeof LabelDecision>;

const labelApplicationSchema = z
  .object({
    id: LabelApplicationId,
    schemeId: LabelSchemeId,
    /** The member whose product it is. */
    memberId: MemberId,
    product: LocalizedText,
    category: ProductCategory,
    /** The province or prefecture the product comes from, such as Taroudant. */
    province: textLine().max(100),
    /** Derived from the audits and decisions as of the day it is served (`labelStatus`). */
    status: LabelApplicationStatus,
    audits: z.array(Audit).max(200),
    /** In the order they were taken, each on a day no earlier than the one before. */
    decisions: z.array(LabelDecision).max(200),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .check((ctx) => {
    const app = ctx.value;
    const chamber = chamberOfId(app.id);
    const mismatch = (id: string, path: PropertyKey[]) => {
      if (chamberOfId(id) !== chamber) {
        ctx.issues.push({
          ...ghorfaRawIssue("label_chamber_mismatch", `Ids of an application belong to ${chamber}`, id),
          path,
        });
      }
    };
    mismatch(app.schemeId, ["schemeId"]);
    mismatch(app.memberId, ["memberId"]);
    app.audits.forEach((audit, i) => {
      mismatch(audit.id, ["audits", i, "id"]);
    });
    const audits = new Set(app.audits.map((audit) => audit.id));
    app.decisions.forEach((decision, i) => {
      mismatch(decision.id, ["decisions", i, "id"]);
      if ("auditId" in decision && decision.auditId !== undefined && !audits.has(decision.auditId)) {
        ctx.issues.push({
          ...ghorfaRawIssue(
            "label_audit_unknown",
            "A decision rests on an audit of the application",
            decision.auditId,
          ),
          path: ["decisions", i, "auditId"],
        });
      }
      const before = app.decisions[i - 1];
      if (before !== undefined && decision.date < before.date) {
        ctx.issues.push({
          ...ghorfaRawIssue(
            "label_decision_date",
            "A decision is dated no earlier than the one before",
            decision.date,
          ),
          path: ["decisions", i, "date"],
        });
      }
    });
    if (!isInstantOrdered(app.createdAt, app.updatedAt)) {
      ctx.issues.push({
        ...ghorfaRawIssue(
          "date_range_order",
          "An application cannot be updated before it is created",
          app.updatedAt,
        ),
        path: ["updatedAt"],
      });
    }
  });
/** The type of `LabelApplication`, named so that declarations refer to it rather than restate it. */
export interface LabelApplicationSchema extends Named<typeof labelApplicationSchema> {}
/** A member's application for a label on one of its products, with its audits and decisions. */
export const LabelApplication: LabelApplicationSchema = labelApplicationSchema;
export type LabelApplication = z.infer<typeof LabelApplication>;

const labelVerificationSchema = z.object({
  labelNumber: DocumentNumber,
  /** `granted` only while the label is valid; else `suspended`, `withdrawn` or `expired`. */
  status: LabelApplicationStatus,
  chamberId: ChamberId,
  scheme: z.object({ code: MemberLabel.shape.code, names: LocalizedText }),
  product: LocalizedText,
  category: ProductCategory,
  /** The holder's public name: its trade name, else its legal name. */
  holder: textLine().max(200),
  validFrom: IsoDate,
  validUntil: IsoDate,
  /** The day (in Morocco) the status was computed for. */
  asOf: IsoDate,
});
/** The type of `LabelVerification`, named so that declarations refer to it rather than restate it. */
export interface LabelVerificationSchema extends Named<typeof labelVerificationSchema> {}
/**
 * What anyone learns from a label number (the QR code on a jar): the product, its holder's
 * public name, the scheme, the status and validity. Nothing personal.
 */
export const LabelVerification: LabelVerificationSchema = labelVerificationSchema;
export type LabelVerification = z.infer<typeof LabelVerification>;
