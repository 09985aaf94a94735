import * as z from "zod";
import { own } from "./owned";

/** Problem type URIs live under this stable namespace; they name a type and need not resolve. */
export const PROBLEM_BASE_URI = "https://ghorfa.ma/problems/";

/**
 * Every problem a node may answer with, its HTTP status, and what it means (English, for the
 * API documentation; the `title` on the wire comes from the i18n catalogs in the caller's
 * Accept-Language). Kinds and URIs are wire values: never rename one.
 */
export const PROBLEM_TYPES = {
  validation: {
    status: 400,
    summary: "The request does not match the contract; `errors` says where and why.",
  },
  "unsupported-version": {
    status: 400,
    summary: "The node does not speak the contract version asked for in Ghorfa-Version.",
  },
  unauthorized: { status: 401, summary: "No valid API key was given and the route needs one." },
  forbidden: { status: 403, summary: "The API key does not carry the scope, or belongs to another chamber." },
  "not-found": { status: 404, summary: "No such resource in this chamber." },
  conflict: {
    status: 409,
    summary: "The request conflicts with the current state (a duplicate, or a request in flight).",
  },
  "invalid-transition": {
    status: 409,
    summary: "The status change is not allowed from the current status; `allowed` lists the ones that are.",
  },
  "precondition-failed": {
    status: 412,
    summary: "If-Match does not match the current ETag: the resource changed since it was read.",
  },
  "idempotency-conflict": {
    status: 422,
    summary: "The Idempotency-Key was already used with a different request.",
  },
  "precondition-required": {
    status: 428,
    summary: "The route changes a resource and needs an If-Match header.",
  },
  "rate-limited": { status: 429, summary: "Too many requests; try again after `retryAfter` seconds." },
  internal: { status: 500, summary: "The node failed; the request changed nothing and may be retried." },
  // events (issue 13)
  // 409, as for a status change: the request is well formed, and the event's state refuses it.
  "registration-closed": {
    status: 409,
    summary: "The event takes no registration now: outside its registration window, or not published.",
  },
  "already-registered": {
    status: 409,
    summary: "The e-mail address already has a registration for this event (compared without case).",
  },
  "already-checked-in": {
    status: 409,
    summary: "The registration was already checked in: a participant is checked in once.",
  },
  // sign-in (issue 15)
  "csrf-origin": {
    status: 403,
    summary:
      "A request authenticated by the session cookie that changes something came without an Origin naming the node itself.",
  },
  // 410, not 400: the request is well formed, and what its token named is (or was) not there to use.
  "invalid-token": {
    status: 410,
    summary:
      "The one-time token (of a password-reset link) is unknown, was already used, or has expired: ask for a new link.",
  },
} as const satisfies Record<string, { status: number; summary: string }>;

export type ProblemKind = keyof typeof PROBLEM_TYPES;
export const PROBLEM_KINDS = Object.keys(PROBLEM_TYPES) as ProblemKind[];

/** The stable `type` URI of a problem kind. */
export function problemUri(kind: ProblemKind): string {
  return `${PROBLEM_BASE_URI}${kind}`;
}

/** The problem kind a `type` URI names, or `undefined` for a type this contract does not define. */
export function problemKindOf(type: string): ProblemKind | undefined {
  if (!type.startsWith(PROBLEM_BASE_URI)) return undefined;
  const kind = type.slice(PROBLEM_BASE_URI.length);
  return Object.hasOwn(PROBLEM_TYPES, kind) ? (kind as ProblemKind) : undefined;
}

const ProblemType = own(z.url(), "RFC 9457 problem `type` URI");
const ProblemText = own(z.string(), "RFC 9457 human-readable title/detail, localized by the node");
const ProblemStatus = own(z.int().min(400).max(599), "RFC 9457 HTTP status");
const ProblemInstance = own(z.string(), "RFC 9457 URI reference of this occurrence");
const RequestId = own(z.string().min(1), "the request id echoed in X-Request-Id");
const JsonPointer = own(
  z.string().regex(/^(\/([^~/]|~[01])*)*$/, { message: "Expected a JSON pointer (RFC 6901)" }),
  "RFC 6901 pointer to the field at fault",
);
const IssueCode = own(
  z.string().min(1),
  "machine code of a field error: a zod issue code or a Ghorfa issue code",
);
const IssueMessage = own(z.string(), "human message of a field error, localized by the node");
const AllowedStatus = own(z.string(), "a status the resource may move to (the entity's own status enum)");
const RetryAfter = own(z.int().nonnegative(), "seconds to wait before retrying, as in Retry-After");

/** One field at fault: where (a JSON pointer into the request), what (a stable code) and a message. */
export const ProblemFieldError = z.object({ pointer: JsonPointer, code: IssueCode, message: IssueMessage });
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

/**
 * An RFC 9457 problem, as every node sends it with `application/problem+json`. Extension members:
 * `requestId` always; `errors` for validation; `allowed` for invalid-transition; `retryAfter` for
 * rate-limited. Clients must ignore members they do not know.
 */
export const Problem = z.object({
  type: ProblemType,
  title: ProblemText,
  status: ProblemStatus,
  detail: ProblemText.optional(),
  instance: ProblemInstance.optional(),
  requestId: RequestId,
  errors: z.array(ProblemFieldError).optional(),
  allowed: z.array(AllowedStatus).optional(),
  retryAfter: RetryAfter.optional(),
});
export type Problem = z.infer<typeof Problem>;

/** The problems whose extension members are required. */
export const ValidationProblem = Problem.extend({ errors: z.array(ProblemFieldError) });
export const InvalidTransitionProblem = Problem.extend({ allowed: z.array(AllowedStatus) });
export const RateLimitedProblem = Problem.extend({ retryAfter: RetryAfter });

/** The schema a problem of `kind` follows: the base `Problem`, or a stricter one. */
export function problemSchema(kind: ProblemKind): z.ZodType<Problem> {
  if (kind === "validation") return ValidationProblem;
  if (kind === "invalid-transition") return InvalidTransitionProblem;
  if (kind === "rate-limited") return RateLimitedProblem;
  return Problem;
}
