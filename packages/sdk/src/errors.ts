import type { Problem, ProblemKind } from "@ghorfa/contract";

/**
 * Every error the SDK throws. `code` is a stable machine name; `requestId` is the node's
 * `X-Request-Id` when the node answered, else the one the SDK sent.
 */
export class GhorfaError extends Error {
  declare readonly code: string;
  declare readonly requestId: string | undefined;

  constructor(message: string, code: string, requestId: string | undefined, cause?: unknown) {
    super(message, { cause });
    Object.assign(this, { code, requestId });
  }
}

/** The node answered with an error status: `problem` is its RFC 9457 body. */
export class ApiError extends GhorfaError {
  declare readonly status: number;
  declare readonly problem: Problem;
  declare readonly headers: Headers;
  /** The problem kind (`not-found`, `conflict`…); `undefined` for a type the contract does not define. */
  declare readonly kind?: ProblemKind;

  constructor(
    status: number,
    problem: Problem,
    headers: Headers,
    requestId: string | undefined,
    kind?: ProblemKind,
  ) {
    super(problem.detail ?? problem.title, kind ?? "api-error", requestId);
    Object.assign(this, { status, problem, headers, kind });
  }
}

/**
 * The class of each problem kind that has one of its own, and the class standing for a status
 * when an answer's problem type is not the contract's (a proxy's 429). Kinds are words and
 * statuses numbers, so one table holds both; no prototype, as a kind may be any word.
 */
export const ERROR_CLASSES: Record<string | number, typeof ApiError> = Object.create(null);

/**
 * Names `ErrorClass` on its prototype, because a minifier renames classes and `error.name` must
 * survive it, and registers the class of a problem kind: `NotFoundError` is the kind `not-found`'s.
 */
function named<C extends abstract new (...args: never[]) => GhorfaError>(
  ErrorClass: C,
  name: string,
  status?: number,
) {
  ErrorClass.prototype.name = name;
  if (ErrorClass.prototype instanceof ApiError) {
    const table = ERROR_CLASSES as Record<string | number, unknown>;
    table[
      name
        .slice(0, -5)
        .replace(/\B[A-Z]/g, "-$&")
        .toLowerCase()
    ] = ErrorClass;
    if (status) table[status] = ErrorClass;
  }
  return ErrorClass;
}

/** The class of a problem kind that adds nothing to `ApiError` but its name. */
const kindError = (name: string, status?: number): typeof ApiError =>
  named(class extends ApiError {}, name, status);

named(GhorfaError, "GhorfaError");
named(ApiError, "ApiError");

/** 400: the request does not match the contract; `errors` names each field at fault. */
export class ValidationError extends ApiError {
  get errors(): NonNullable<Problem["errors"]> {
    return this.problem.errors ?? [];
  }
}
named(ValidationError, "ValidationError", 400);

/** 401: no valid API key. */
export const UnauthorizedError = kindError("UnauthorizedError", 401);
export type UnauthorizedError = ApiError;

/** 403: the key lacks the scope, or belongs to another chamber. */
export const ForbiddenError = kindError("ForbiddenError", 403);
export type ForbiddenError = ApiError;

/** 404: no such resource in this chamber. */
export const NotFoundError = kindError("NotFoundError", 404);
export type NotFoundError = ApiError;

/** 409: the request conflicts with the current state (a duplicate ICE, a unit already let). */
export const ConflictError = kindError("ConflictError", 409);
export type ConflictError = ApiError;

/** 409 invalid-transition: the status change is not allowed; `allowed` lists those that are. */
export class InvalidTransitionError extends ConflictError {
  get allowed(): readonly string[] {
    return this.problem.allowed ?? [];
  }
}
named(InvalidTransitionError, "InvalidTransitionError");

/** 412: the record changed since it was read (If-Match is stale): read it again, then retry. */
export const PreconditionFailedError = kindError("PreconditionFailedError", 412);
export type PreconditionFailedError = ApiError;

/** 428: the route changes a record and needs If-Match: read the record first, or pass `ifMatch`. */
export const PreconditionRequiredError = kindError("PreconditionRequiredError", 428);
export type PreconditionRequiredError = ApiError;

/** 422 idempotency-conflict: the Idempotency-Key was used before with a different request. */
export const IdempotencyConflictError = kindError("IdempotencyConflictError");
export type IdempotencyConflictError = ApiError;

/** 429: too many requests; `retryAfter` is the wait the node asked for, in seconds. */
export class RateLimitedError extends ApiError {
  get retryAfter(): number | undefined {
    const header = Number.parseFloat(this.headers.get("retry-after") as string);
    return this.problem.retryAfter ?? (header >= 0 ? header : undefined);
  }
}
named(RateLimitedError, "RateLimitedError", 429);

/** The node could not be reached, or the connection broke before an answer arrived. */
export class NetworkError extends GhorfaError {}
named(NetworkError, "NetworkError");

/** No answer within `timeout` (one attempt) or `totalTimeout` (the call, retries included). */
export class TimeoutError extends GhorfaError {
  declare readonly scope: "attempt" | "total";
  declare readonly timeout: number;

  constructor(scope: "attempt" | "total", timeout: number, requestId: string | undefined, cause?: unknown) {
    super(`No answer within the ${scope} timeout of ${timeout} ms`, "timeout", requestId, cause);
    Object.assign(this, { scope, timeout });
  }
}
named(TimeoutError, "TimeoutError");

/** One way an answer departs from the contract. */
export interface ContractIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

/** An answer that does not match the contract (checked with `validateResponses: true`). */
export class ContractError extends GhorfaError {
  declare readonly status: number;
  declare readonly issues: readonly ContractIssue[];

  constructor(
    message: string,
    status: number,
    issues: readonly ContractIssue[],
    requestId: string | undefined,
    cause?: unknown,
  ) {
    super(message, "contract", requestId, cause);
    Object.assign(this, { status, issues });
  }
}
named(ContractError, "ContractError");
