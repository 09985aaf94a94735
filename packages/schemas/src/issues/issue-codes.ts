import type { IsoDate } from "../calendar/dates";
import type { Money } from "../money/money";

/**
 * Ghorfa's own validation issue codes. A Ghorfa refinement raises a zod `custom` issue with
 * `params: { ghorfa: <code> }`, so a caller (the i18n package, a problem+json response) can tell
 * "the ICE control pair is wrong" from any other failure without reading the English message.
 * Codes are wire values: never rename or reuse one; add new ones at the end of their group.
 */
export const GHORFA_ISSUE_CODES = [
  // primitives
  "localized_text_required",
  "date_range_order",
  "phone_invalid",
  // the text policy (text.ts)
  "text_blank",
  "text_control",
  "text_bidi_control",
  "text_unicode",
  // identifiers
  "ice_format",
  "ice_checksum",
  "rc_number_format",
  "if_format",
  "tp_format",
  "cnss_format",
  // chamber
  "chamber_region_mismatch",
  "chamber_seat_count",
  "office_country_mismatch",
  "certification_renewals_order",
  // member
  "member_chamber_mismatch",
  // units, leases, payments (domain)
  "unit_chamber_mismatch",
  "lease_chamber_mismatch",
  "lease_currency_mismatch",
  "lease_rent_history",
  "lease_end_required",
  "payment_chamber_mismatch",
  "payment_period_required",
  "receipt_year_mismatch",
  // raised by the node on a PATCH of a lease in effect, not by a schema
  "lease_history_rewrite",
  // agreements (domain)
  "agreement_chamber_mismatch",
  "agreement_party_chamber",
  "agreement_party_country",
  "agreement_recorder_not_party",
  "agreement_commitment_owner",
  "agreement_signature_required",
  // bounds: what no report can compute on (added with the hardening of issue 10)
  "date_out_of_range",
  "payment_period_span",
  "payment_period_ahead",
  "payment_period_outside_lease",
  "books_currency",
  "payment_lease_currency",
  // raised by the node, not by a schema: a rent increase loi 07-03 refuses (REVISION_REFUSALS),
  // a list cursor it did not make
  "revision_too_early",
  "revision_above_cap",
  "invalid_cursor",
  // fees (issue 13)
  "fee_bounds_order",
  // labels (issue 13)
  "label_criterion_duplicate",
  "label_chamber_mismatch",
  "label_reference_unknown",
  "label_audit_scores",
  "label_audit_unknown",
  "label_audit_after_decision",
  "label_audit_too_old",
  "label_audit_not_new",
  "label_audit_below_pass_mark",
  "label_decision_date",
  // services platform (issue 13)
  "service_chamber_mismatch",
  "service_request_chamber_mismatch",
  "service_request_requester",
  "service_request_contact",
  "service_request_reason_required",
  "service_request_delivery",
  "holiday_unknown",
  // raised by the node, not by a schema: a request the service's rules refuse
  "service_members_only",
  "service_declared_value_required",
  "service_inactive",
  // events (issue 13)
  "event_chamber_mismatch",
  "event_session_duplicate",
  "event_session_outside",
  "event_window_after_end",
  "event_fee_declared_value",
  "registration_chamber_mismatch",
  "registration_consent_required",
  "registration_check_in_time",
  // raised by the node, not by a schema: an outside participant for a members-only event
  "registration_members_only",
  // sign-in (issue 15)
  "password_length",
  "account_member_id",
] as const;
export type GhorfaIssueCode = (typeof GHORFA_ISSUE_CODES)[number];

/** The options a Ghorfa `.refine(…)` takes: its English message and its stable code. */
export function ghorfaIssue(code: GhorfaIssueCode, message: string) {
  return { message, params: { ghorfa: code } } as const;
}

type IssueLike = { code?: string | undefined; params?: unknown };

/** The code a Ghorfa check gives its issue (`params.ghorfa`), known to this version or not. */
function declaredCode(issue: IssueLike): string | undefined {
  if (issue.code !== "custom" || typeof issue.params !== "object" || issue.params === null) return undefined;
  const code = (issue.params as { ghorfa?: unknown }).ghorfa;
  return typeof code === "string" ? code : undefined;
}

/** The Ghorfa code an issue carries, if it is one of Ghorfa's own. */
export function ghorfaCodeOf(issue: IssueLike): GhorfaIssueCode | undefined {
  const code = declaredCode(issue);
  return (GHORFA_ISSUE_CODES as readonly unknown[]).includes(code) ? (code as GhorfaIssueCode) : undefined;
}

/**
 * The stable code of an issue, as a problem+json field error names it: the code a Ghorfa check
 * gives, else zod's own. A Ghorfa code this version does not list is passed on as it is, so a
 * newer node's refusal keeps its name.
 */
export function issueCodeOf(issue: IssueLike & { code: string }): string {
  return declaredCode(issue) ?? issue.code;
}

/**
 * What an issue of some Ghorfa codes names beyond its code, for its message to say: a date as an
 * ISO date, an amount as Money — each reader formats them in its own language. A code listed here
 * is raised with its values; the others carry none.
 */
export interface GhorfaIssueValues {
  /** The first day an increase is lawful. */
  revision_too_early: { earliestDate: IsoDate };
  /** The highest lawful rent. */
  revision_above_cap: { maxRent: Money };
}

/** The values argument of `ghorfaRawIssue` for `code`: required for a code with values, else absent. */
type ValuesOf<C extends GhorfaIssueCode> = C extends keyof GhorfaIssueValues
  ? [values: GhorfaIssueValues[C]]
  : [];

/**
 * The raw issue a Ghorfa `.check(…)` (or a node's own rule) pushes; `input` lets zod report what
 * was given, and `values` are what the message names (`GhorfaIssueValues`).
 */
export function ghorfaRawIssue<C extends GhorfaIssueCode>(
  code: C,
  message: string,
  input: unknown,
  ...[values]: ValuesOf<C>
) {
  const params = values === undefined ? { ghorfa: code } : { ghorfa: code, values };
  return { code: "custom", message, params, input } as const;
}

/** The values a Ghorfa issue names (`GhorfaIssueValues`), or undefined when it names none. */
export function ghorfaValuesOf(issue: IssueLike): Readonly<Record<string, unknown>> | undefined {
  if (declaredCode(issue) === undefined) return undefined;
  const values = (issue.params as { values?: unknown }).values;
  return typeof values === "object" && values !== null && !Array.isArray(values)
    ? (values as Record<string, unknown>)
    : undefined;
}
