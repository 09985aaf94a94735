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

/** 400: the request does not match the contract; `errors` names each field at fault. */
export class ValidationError extends ApiError {
  get errors(): NonNullable<Problem["errors"]> {
    return this.problem.errors ?? [];
  }
}

/** 401: no valid API key. */
export class UnauthorizedError extends ApiError {}

/** 403: the key lacks the scope, or belongs to another chamber. */
export class ForbiddenError extends ApiError {}

/** 404: no such resource in this chamber. */
export class NotFoundError extends ApiError {}

/** 409: the request conflicts with the current state (a duplicate ICE, a unit already let). */
export class ConflictError extends ApiError {}

/** 409 invalid-transition: the status change is not allowed; `allowed` lists those that are. */
export class InvalidTransitionError extends ConflictError {
  get allowed(): readonly string[] {
    return this.problem.allowed ?? [];
  }
}

/** 412: the record changed since it was read (If-Match is stale): read it again, then retry. */
export class PreconditionFailedError extends ApiError {}

/** 428: the route changes a record and needs If-Match: read the record first, or pass `ifMatch`. */
export class PreconditionRequiredError extends ApiError {}

/** 422 idempotency-conflict: the Idempotency-Key was used before with a different request. */
export class IdempotencyConflictError extends ApiError {}

/** 429: too many requests; `retryAfter` is the wait the node asked for, in seconds. */
export class RateLimitedError extends ApiError {
  get retryAfter(): number | undefined {
    const header = Number.parseFloat(this.headers.get("retry-after") as string);
    return this.problem.retryAfter ?? (header >= 0 ? header : undefined);
  }
}

// events (issue 13)
/** 409 registration-closed: the event takes no registration now (outside its window, or not published). */
export class RegistrationClosedError extends ApiError {}

/** 409 already-registered: the e-mail address already has a registration for this event. */
export class AlreadyRegisteredError extends ConflictError {}

/** 409 already-checked-in: the participant was already checked in. */
export class AlreadyCheckedInError extends ConflictError {}

// sign-in (issue 15)
/** 410 invalid-token: the password-reset link's token is unknown, was already used, or has expired. */
export class InvalidTokenError extends ApiError {}

/**
 * The class of each problem kind of the contract: a kind added to the contract fails the
 * typecheck here until it is given one. A 400 that names no field (`unsupported-version`) is a
 * `ValidationError` too, as a 500 is a plain `ApiError`.
 */
export const PROBLEM_ERRORS: { readonly [K in ProblemKind]: typeof ApiError } = {
  validation: ValidationError,
  "unsupported-version": ValidationError,
  unauthorized: UnauthorizedError,
  forbidden: ForbiddenError,
  "not-found": NotFoundError,
  conflict: ConflictError,
  "invalid-transition": InvalidTransitionError,
  "precondition-failed": PreconditionFailedError,
  "idempotency-conflict": IdempotencyConflictError,
  "precondition-required": PreconditionRequiredError,
  "rate-limited": RateLimitedError,
  internal: ApiError,
  // events (issue 13)
  "registration-closed": RegistrationClosedError,
  "already-registered": AlreadyRegisteredError,
  "already-checked-in": AlreadyCheckedInError,
  // sign-in (issue 15): a browser session's write from another origin; a key never gets it.
  "csrf-origin": ForbiddenError,
  "invalid-token": InvalidTokenError,
};

/** The class standing for a status when an answer's problem type is not the contract's (a proxy's 429). */
export const STATUS_ERRORS: { readonly [status: number]: typeof ApiError | undefined } = {
  400: ValidationError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  412: PreconditionFailedError,
  428: PreconditionRequiredError,
  429: RateLimitedError,
};

/** The node could not be reached, or the connection broke before an answer arrived. */
export class NetworkError extends GhorfaError {}

/** No answer within `timeout` (one attempt) or `totalTimeout` (the call, retries included). */
export class TimeoutError extends GhorfaError {
  declare readonly scope: "attempt" | "total";
  declare readonly timeout: number;

  constructor(scope: "attempt" | "total", timeout: number, requestId: string | undefined, cause?: unknown) {
    super(`No answer within the ${scope} timeout of ${timeout} ms`, "timeout", requestId, cause);
    Object.assign(this, { scope, timeout });
  }
}

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

// Each class names itself on its prototype, because a minifier renames classes and `error.name`
// must survive it.
for (const [name, ErrorClass] of Object.entries({
  GhorfaError,
  ApiError,
  ValidationError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  InvalidTransitionError,
  PreconditionFailedError,
  PreconditionRequiredError,
  IdempotencyConflictError,
  RateLimitedError,
  NetworkError,
  TimeoutError,
  ContractError,
}))
  ErrorClass.prototype.name = name;
