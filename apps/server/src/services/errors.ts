import type { ProblemKind } from "@ghorfa/contract";

/**
 * What a service refuses, with the problem kind of @ghorfa/contract the HTTP layer answers with.
 * A service throws only these on purpose; anything else is a fault (500).
 */
export abstract class ServiceError extends Error {
  abstract readonly problem: ProblemKind;
}

/** No such record in this chamber (records of other chambers are not found either). */
export class NotFoundError extends ServiceError {
  readonly problem = "not-found";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} ${id}`);
    this.name = "NotFoundError";
  }
}

/** The record changed since the caller read it: `currentVersion` is the one to send back. */
export class VersionMismatchError extends ServiceError {
  readonly problem = "precondition-failed";
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}`);
    this.name = "VersionMismatchError";
  }
}

/** A status change the lifecycle of @ghorfa/schemas does not allow; `allowed` are the ones it does. */
export class InvalidTransitionError extends ServiceError {
  readonly problem = "invalid-transition";
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    readonly allowed: readonly string[],
  ) {
    super(`A ${entity} cannot go from ${from} to ${to}; allowed: ${allowed.join(", ") || "none"}`);
    this.name = "InvalidTransitionError";
  }
}

/** The write would break a uniqueness rule or point at a record that is not there. */
export class ConflictError extends ServiceError {
  readonly problem = "conflict";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ConflictError";
  }
}

/** One field at fault, as a JSON pointer into the input the service was given. */
export interface InvalidField {
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/**
 * The input is well-formed but the record it would make is not valid (a patch that breaks an
 * entity rule, a cursor this node did not make). `fields` feed the problem's `errors`.
 */
export class InvalidInputError extends ServiceError {
  readonly problem = "validation";
  constructor(
    message: string,
    readonly fields: readonly InvalidField[],
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}
