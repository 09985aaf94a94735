import type { Problem, ProblemKind } from "@ghorfa/contract";
import { CONTRACT_VERSION, PROBLEM_TYPES, problemUri } from "@ghorfa/contract";
import { type Locale, type MessageKey, t } from "@ghorfa/i18n";
import type { FastifyReply } from "fastify";
import type { FieldIssues } from "../services";
import { fieldErrors } from "./field-errors";
import { problemDetail, problemTitle } from "./problem-text";

export interface ProblemExtras {
  /** Overrides the localized detail (rarely: the catalog's sentence is the default). */
  detail?: string;
  /** A catalog sentence more precise than the kind's own detail, in the caller's language. */
  detailKey?: MessageKey;
  /** The fields at fault (validation), formatted into `errors` when the problem is sent, in the caller's language. */
  invalid?: FieldIssues;
  allowed?: string[];
  retryAfter?: number;
  /** Response headers that go with the problem (Retry-After, Allow…). */
  headers?: Record<string, string>;
}

/** A failure that crosses the wire as an RFC 9457 problem of a contract kind. */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly extras: ProblemExtras;
  constructor(kind: ProblemKind, extras: ProblemExtras = {}, options?: { cause?: unknown }) {
    super(`${kind}${extras.detail ? `: ${extras.detail}` : ""}`, options);
    this.name = "ProblemError";
    this.kind = kind;
    this.extras = extras;
  }

  get status(): number {
    return PROBLEM_TYPES[this.kind].status;
  }
}

export function problemBody(problem: ProblemError, locale: Locale, requestId: string): Problem {
  const { allowed, retryAfter, detail, detailKey, invalid } = problem.extras;
  return {
    type: problemUri(problem.kind),
    title: problemTitle(problem.kind, locale),
    status: problem.status,
    detail: detail ?? (detailKey ? t(locale, detailKey) : problemDetail(problem.kind, locale)),
    requestId,
    ...(invalid ? { errors: fieldErrors(invalid, locale) } : {}),
    ...(allowed ? { allowed } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
}

/** Sends `problem` as `application/problem+json`, in the caller's language. */
export function sendProblem(reply: FastifyReply, problem: ProblemError, locale: Locale): FastifyReply {
  const headers = problem.extras.headers ?? {};
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  // The title and detail are in `locale`, and the contract documents both headers on every problem:
  // a problem raised before the route negotiated a version (an unknown route, an unsupported
  // version, a URL the router cannot read) answers in the node's current one.
  reply.header("content-language", locale);
  if (!reply.hasHeader("ghorfa-version")) reply.header("ghorfa-version", CONTRACT_VERSION);
  return reply
    .code(problem.status)
    .type("application/problem+json; charset=utf-8")
    .serializer(JSON.stringify)
    .send(problemBody(problem, locale, reply.request.id));
}
