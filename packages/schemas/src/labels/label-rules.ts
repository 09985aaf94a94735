import { addDays, addMonthsToDate } from "../calendar/calendar";
import type { ChamberId } from "../ids/chamber-id";
import { chamberOfId } from "../ids/owned-by";
import type { GhorfaIssueCode } from "../issues/issue-codes";
import type { MemberLabel } from "../members/member";
import type {
  Audit,
  CriterionScore,
  GrantedDecision,
  LabelApplication,
  LabelDecision,
  LabelVerification,
} from "./label-application";
import type { LabelApplicationStatus, LabelDecisionKind } from "./label-enums";
import type { LabelCriterion, LabelScheme } from "./label-scheme";

// The rules of the label programme, as pure functions: the node calls them, and nothing else
// decides what a label is worth on a given day. Dates are ISO days (`YYYY-MM-DD`), which compare
// as strings; "as of" a day, so that expiry needs no scheduled job.

/**
 * The weighted score of an audit, 0..100: Σ weight × score / Σ weight, rounded DOWN to an integer.
 * Rounding down makes "reaches the pass mark" exact: `weightedScore ≥ passMark` holds exactly
 * when Σ weight × score ≥ passMark × Σ weight, so a 69.9 never passes a pass mark of 70.
 * A criterion without a score counts 0; a score of a criterion the scheme lacks is ignored.
 */
export function weightedScore(
  criteria: readonly LabelCriterion[],
  scores: readonly CriterionScore[],
): number {
  const byCode = new Map(scores.map((s) => [s.criterion, s.score]));
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    weighted += criterion.weight * (byCode.get(criterion.code) ?? 0);
    weights += criterion.weight;
  }
  return weights === 0 ? 0 : Math.floor(weighted / weights);
}

/** A rule an audit or a decision breaks: its issue code, message and where in the request. */
export interface LabelIssue {
  readonly code: GhorfaIssueCode;
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

/** What is wrong with an audit's scores for `criteria`: one score per criterion, no more, no less. */
export function auditScoreIssues(
  criteria: readonly LabelCriterion[],
  scores: readonly CriterionScore[],
): LabelIssue[] {
  const known = new Set(criteria.map((c) => c.code));
  const seen = new Set<string>();
  const issues: LabelIssue[] = [];
  scores.forEach((score, i) => {
    if (!known.has(score.criterion) || seen.has(score.criterion)) {
      issues.push({
        code: "label_audit_scores",
        message: `Score each criterion of the scheme once: ${score.criterion} is ${seen.has(score.criterion) ? "repeated" : "not one"}`,
        path: ["scores", i, "criterion"],
      });
    }
    seen.add(score.criterion);
  });
  const missing = criteria.filter((c) => !seen.has(c.code)).map((c) => c.code);
  if (missing.length > 0) {
    issues.push({
      code: "label_audit_scores",
      message: `Missing scores: ${missing.join(", ")}`,
      path: ["scores"],
    });
  }
  return issues;
}

/** The grant the application's current label rests on: the last `granted` decision. */
export function currentGrant(decisions: readonly LabelDecision[]): GrantedDecision | undefined {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const decision = decisions[i] as LabelDecision;
    if (decision.kind === "granted") return decision;
  }
  return undefined;
}

/**
 * What the status of an application depends on, as the node keeps it in columns to filter lists:
 * the kind of its last decision, whether it has an audit, the last day of its current grant.
 */
export interface LabelStatusInputs {
  readonly lastDecision: LabelDecisionKind | undefined;
  readonly hasAudit: boolean;
  readonly validUntil: string | undefined;
}

/** The inputs of `statusFrom` an application gives. */
export function labelStatusInputs(app: Pick<LabelApplication, "audits" | "decisions">): LabelStatusInputs {
  return {
    lastDecision: app.decisions.at(-1)?.kind,
    hasAudit: app.audits.length > 0,
    validUntil: currentGrant(app.decisions)?.validUntil,
  };
}

/**
 * The status from its inputs, as of `asOf`. A granted (or reinstated) or suspended label has
 * expired once `asOf` is past its last valid day; suspension and withdrawal take effect on the
 * day of their decision; a withdrawal is final.
 */
export function statusFrom(inputs: LabelStatusInputs, asOf: string): LabelApplicationStatus {
  const { lastDecision, validUntil } = inputs;
  if (lastDecision === undefined) return inputs.hasAudit ? "under_audit" : "submitted";
  if (lastDecision === "refused" || lastDecision === "withdrawn") return lastDecision;
  if (validUntil !== undefined && asOf > validUntil) return "expired";
  return lastDecision === "suspended" ? "suspended" : "granted";
}

/** The status of `app` as of `asOf` (an ISO day). */
export function labelStatus(
  app: Pick<LabelApplication, "audits" | "decisions">,
  asOf: string,
): LabelApplicationStatus {
  return statusFrom(labelStatusInputs(app), asOf);
}

/**
 * The decisions each status allows. A grant on a granted or expired label is a renewal; a
 * suspended label comes back only by a `reinstated` decision; a withdrawal is final.
 */
export const LABEL_DECISIONS_FROM = {
  submitted: ["granted", "refused", "withdrawn"],
  under_audit: ["granted", "refused", "withdrawn"],
  refused: ["granted", "withdrawn"],
  granted: ["granted", "suspended", "withdrawn"],
  suspended: ["reinstated", "withdrawn"],
  expired: ["granted", "withdrawn"],
  withdrawn: [],
} as const satisfies Record<LabelApplicationStatus, readonly LabelDecisionKind[]>;

/** The decisions an application in `status` may receive. */
export function allowedDecisions(status: LabelApplicationStatus): readonly LabelDecisionKind[] {
  return Object.hasOwn(LABEL_DECISIONS_FROM, status) ? LABEL_DECISIONS_FROM[status] : [];
}

/** The days a grant on `date` covers: a renewal before expiry starts the day after the current end. */
export function grantPeriod(
  scheme: Pick<LabelScheme, "validityMonths">,
  app: Pick<LabelApplication, "audits" | "decisions">,
  date: string,
): { validFrom: string; validUntil: string } {
  const current = currentGrant(app.decisions);
  const renewsEarly =
    current !== undefined && labelStatus(app, date) === "granted" && current.validUntil >= date;
  const validFrom = renewsEarly ? addDays(current.validUntil, 1) : date;
  return { validFrom, validUntil: addDays(addMonthsToDate(validFrom, scheme.validityMonths), -1) };
}

/** A decision as the chamber asks for it: its kind, its day, the audit it rests on. */
export interface DecisionRequest {
  readonly kind: LabelDecisionKind;
  readonly date: string;
  readonly auditId?: string | undefined;
}

/** Why a decision is refused: a move its status does not allow, or a rule it breaks. */
export type DecisionRefusal =
  | {
      readonly kind: "transition";
      readonly from: LabelApplicationStatus;
      readonly allowed: readonly LabelDecisionKind[];
    }
  | ({ readonly kind: "issue" } & LabelIssue);

/** Whether `audit` may back a grant or reinstatement on `date`: recent enough, not later, passing. */
function auditRefusal(
  scheme: Pick<LabelScheme, "passMark" | "auditRecencyMonths">,
  audit: Audit | undefined,
  date: string,
  notBefore: string | undefined,
): LabelIssue | undefined {
  const path = ["auditId"];
  if (audit === undefined)
    return {
      code: "label_audit_unknown",
      message: "The decision rests on an audit of the application",
      path,
    };
  if (audit.date > date)
    return { code: "label_audit_after_decision", message: "The audit is later than the decision", path };
  if (addMonthsToDate(audit.date, scheme.auditRecencyMonths) < date) {
    return {
      code: "label_audit_too_old",
      message: `The audit is more than ${scheme.auditRecencyMonths} months older than the decision`,
      path,
    };
  }
  if (notBefore !== undefined && audit.date <= notBefore) {
    return {
      code: "label_audit_not_new",
      message: `A renewal or reinstatement rests on an audit made after ${notBefore}`,
      path,
    };
  }
  if (audit.weightedScore < scheme.passMark) {
    return {
      code: "label_audit_below_pass_mark",
      message: `The audit's weighted score ${audit.weightedScore} is below the pass mark ${scheme.passMark}`,
      path,
    };
  }
  return undefined;
}

/**
 * Why the chamber may not take `decision` on `app` on `today` (an ISO day), or undefined when it
 * may. A decision takes effect on its day, which is no later than today and no earlier than the
 * last decision. A grant rests on an audit at most `auditRecencyMonths` old whose weighted score
 * reaches the pass mark; a renewal, on an audit made after the last grant; a reinstatement, on
 * one made after the suspension.
 */
export function decisionRefusal(
  scheme: Pick<LabelScheme, "passMark" | "auditRecencyMonths">,
  app: Pick<LabelApplication, "audits" | "decisions">,
  decision: DecisionRequest,
  today: string,
): DecisionRefusal | undefined {
  const last = app.decisions.at(-1);
  if (decision.date > today || (last !== undefined && decision.date < last.date)) {
    return {
      kind: "issue",
      code: "label_decision_date",
      message: "A decision is dated no later than today and no earlier than the last one",
      path: ["date"],
    };
  }
  const from = labelStatus(app, decision.date);
  const allowed = allowedDecisions(from);
  if (!allowed.includes(decision.kind)) return { kind: "transition", from, allowed };
  const audit = app.audits.find((a) => a.id === decision.auditId);
  if (decision.kind === "granted") {
    const issue = auditRefusal(scheme, audit, decision.date, currentGrant(app.decisions)?.date);
    return issue && { kind: "issue", ...issue };
  }
  if (decision.kind === "reinstated") {
    const issue = auditRefusal(scheme, audit, decision.date, last?.date);
    return issue && { kind: "issue", ...issue };
  }
  if (decision.auditId !== undefined && audit === undefined) {
    return {
      kind: "issue",
      code: "label_audit_unknown",
      message: "The decision rests on an audit of the application",
      path: ["auditId"],
    };
  }
  return undefined;
}

/**
 * The status of the label `labelNumber` of `app` as of `asOf`: the application's status for its
 * current number; an earlier number (before a renewal) is `expired` once past its own last day.
 */
export function labelNumberStatus(
  app: Pick<LabelApplication, "audits" | "decisions">,
  grant: GrantedDecision,
  asOf: string,
): LabelApplicationStatus {
  const status = labelStatus(app, asOf);
  if (asOf > grant.validUntil && status !== "withdrawn") return "expired";
  return status;
}

/**
 * The label a member holds through `app` as of `asOf`, as members show it; undefined unless the
 * label is granted (not suspended, withdrawn or expired) that day.
 */
export function heldLabel(
  scheme: Pick<LabelScheme, "code" | "names">,
  app: Pick<LabelApplication, "audits" | "decisions" | "product">,
  asOf: string,
): MemberLabel | undefined {
  const grant = currentGrant(app.decisions);
  if (grant === undefined || labelStatus(app, asOf) !== "granted") return undefined;
  return {
    code: scheme.code,
    name: scheme.names,
    product: app.product,
    grantedOn: grant.date,
    validUntil: grant.validUntil,
  };
}

/** The grant of `app` that gave it `labelNumber`, if any. */
export function grantNumbered(
  decisions: readonly LabelDecision[],
  labelNumber: string,
): GrantedDecision | undefined {
  return decisions.find((d): d is GrantedDecision => d.kind === "granted" && d.labelNumber === labelNumber);
}

/**
 * What anyone may learn of the label `grant` of `app` as of `asOf`: the product, the holder's
 * public name (trade name, else legal name), the scheme, the status and the validity. Nothing else
 * of the member, the audits or the reasons.
 */
export function labelVerification(request: {
  scheme: Pick<LabelScheme, "code" | "names">;
  app: Pick<LabelApplication, "id" | "audits" | "decisions" | "product" | "category">;
  holder: { readonly legalName: string; readonly tradeName?: string | undefined };
  grant: GrantedDecision;
  asOf: string;
}): LabelVerification {
  const { scheme, app, holder, grant, asOf } = request;
  return {
    labelNumber: grant.labelNumber,
    status: labelNumberStatus(app, grant, asOf),
    chamberId: chamberOfId(app.id) as ChamberId,
    scheme: { code: scheme.code, names: scheme.names },
    product: app.product,
    category: app.category,
    holder: holder.tradeName ?? holder.legalName,
    validFrom: grant.validFrom,
    validUntil: grant.validUntil,
    asOf,
  };
}
