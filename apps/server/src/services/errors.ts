import type { ProblemKind } from "@ghorfa/contract";
import type * as z from "zod";

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

/**
 * The record changed since the caller read it (its If-Match is stale): `currentVersion` is the
 * one to send back. Named as the SDK names what the caller receives.
 */
export class PreconditionFailedError extends ServiceError {
  readonly problem = "precondition-failed";
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}`);
    this.name = "PreconditionFailedError";
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

// events (issue 13)
/** The event takes no registration now: outside its window, or not published. */
export class RegistrationClosedError extends ServiceError {
  readonly problem = "registration-closed";
  constructor(
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(`Event ${eventId} takes no registration now (${reason})`);
    this.name = "RegistrationClosedError";
  }
}

/** The e-mail address already has a registration (not cancelled) for the event. */
export class AlreadyRegisteredError extends ServiceError {
  readonly problem = "already-registered";
  constructor(readonly eventId: string) {
    super(`This e-mail address is already registered for event ${eventId}`);
    this.name = "AlreadyRegisteredError";
  }
}

/** The registration was already checked in. */
export class AlreadyCheckedInError extends ServiceError {
  readonly problem = "already-checked-in";
  constructor(readonly registrationId: string) {
    super(`Registration ${registrationId} was already checked in`);
    this.name = "AlreadyCheckedInError";
  }
}

/** Where in the request a field at fault sits: the first segment of a problem's JSON pointers. */
export type RequestPart = "params" | "query" | "headers" | "body";

/** The fields at fault: zod's issues, with paths into one part of the request. */
export interface FieldIssues {
  readonly part: RequestPart;
  readonly issues: readonly z.core.$ZodIssue[];
}

/**
 * The input is well-formed but what it would make is not valid (a patch that breaks an entity
 * rule, a cursor this node did not make). `issues` are zod's, with paths into the request's
 * `part`; the thrower knows which part it read, and the HTTP layer formats them once, in the
 * caller's language. Named as the SDK names what the caller receives.
 */
export class ValidationError extends ServiceError implements FieldIssues {
  readonly problem = "validation";
  readonly part: RequestPart;
  readonly issues: FieldIssues["issues"];
  constructor(message: string, at: FieldIssues) {
    super(message);
    this.name = "ValidationError";
    this.part = at.part;
    this.issues = at.issues;
  }
}
