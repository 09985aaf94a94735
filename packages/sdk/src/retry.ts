import type { ProblemKind } from "@ghorfa/contract";

/**
 * When to try a request again and how long to wait first. Pure: the transport says what
 * happened and what time it is, and does the waiting itself, so each rule is testable without
 * a clock.
 */

export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). Default 2. */
  limit?: number;
  /** The backoff before the first retry, doubled on each next one, in ms. Default 300. */
  baseDelay?: number;
  /** The most a computed backoff waits, in ms. Default 8,000. */
  maxDelay?: number;
  /**
   * The longest `Retry-After` the client is willing to wait, in ms. A node that asks for more
   * gets no retry: its error reaches the caller at once, with the wait it asked for. Default 60,000.
   */
  maxRetryAfter?: number;
  /** Statuses worth another attempt. Default 408, 425, 429, 500, 502, 503, 504. */
  statusCodes?: readonly number[];
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 2,
  baseDelay: 300,
  maxDelay: 8_000,
  maxRetryAfter: 60_000,
  statusCodes: [408, 425, 429, 500, 502, 503, 504],
};

export function retryPolicy(options: RetryOptions | number | false | undefined): RetryPolicy {
  return { ...DEFAULT_RETRY, ...(typeof options === "object" ? options : { limit: Number(options ?? 2) }) };
}

/**
 * Whether sending the request twice can do no harm: GET, HEAD, OPTIONS, PUT and DELETE by their
 * semantics (RFC 9110 §9.2.2) — every method but POST and PATCH (CONNECT opens tunnels, not API
 * calls); POST and PATCH only when an Idempotency-Key lets the node recognise the repeat.
 */
export function isSafeToRepeat(method: string, hasIdempotencyKey: boolean): boolean {
  return hasIdempotencyKey || !/^(POST|PATCH)$/i.test(method);
}

/**
 * The wait a `Retry-After` header asks for, in ms: delay-seconds or an HTTP date (RFC 9110
 * §10.2.3). `undefined` when absent or unreadable; a date in the past means no wait.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  // An absent header reads as "null" or "undefined": words that are no date.
  const text = String(value);
  // An HTTP date always names its weekday or month; anything else Date.parse would guess at.
  const date = /^\s*\d+\s*$/.test(text)
    ? now + Number(text) * 1000
    : /[a-z]/i.test(text)
      ? Date.parse(text)
      : Number.NaN;
  return date >= 0 ? Math.max(0, date - now) : undefined;
}

/**
 * Exponential backoff with full jitter (a uniform wait below the exponential cap), so many
 * clients that failed together do not come back together. `retry` counts from 1.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** (retry - 1)));
}

/** What an attempt ended with, as far as retrying cares: `problem` is the answer's problem kind. */
export type AttemptOutcome =
  | { kind: "status"; status: number; retryAfter?: string | null; problem?: ProblemKind | undefined }
  | { kind: "network" }
  | { kind: "timeout" };

/** What decides the wait after an attempt: what it ended with, and how the call stands. */
export type NextAttempt = (
  outcome: AttemptOutcome,
  /** Retries already made (0 after the first attempt). */
  retriesDone: number,
  now: number,
  /** Ms left before the call's total timeout; `Infinity` when it has none. */
  remaining: number,
) => number | undefined;

/**
 * The retry rules of one call, given what holds for all its attempts: its method, whether it
 * carries an Idempotency-Key, its policy and its source of jitter. They give the wait before the
 * next attempt, in ms, or `undefined` when there is none to make: the outcome is not worth a
 * retry, the call is not safe to repeat, the retries are spent, the node asks for a wait beyond
 * `maxRetryAfter`, or the wait would outlast the call's total timeout.
 *
 * A 409 `conflict` is worth a retry in one case: it names a wait (`Retry-After`) and answers a
 * request with an Idempotency-Key. That is the node saying the first request with this key is
 * still running (a retry overtook it): the repeat, after the wait, gets its answer. Any other
 * conflict (a duplicate ICE) is final.
 */
export const retryRules =
  (method: string, hasIdempotencyKey: boolean, policy: RetryPolicy, random: () => number): NextAttempt =>
  (outcome, retriesDone, now, remaining) => {
    const isStatus = outcome.kind === "status";
    const asked = parseRetryAfter(isStatus ? outcome.retryAfter : undefined, now);
    // The node's own word on when to come back wins over our guess, with no jitter added.
    const delay = asked ?? backoffDelay(retriesDone + 1, policy, random);
    const worthRetrying =
      !isStatus ||
      policy.statusCodes.includes(outcome.status) ||
      (outcome.status === 409 && outcome.problem === "conflict" && hasIdempotencyKey && asked !== undefined);
    return worthRetrying &&
      isSafeToRepeat(method, hasIdempotencyKey) &&
      retriesDone < policy.limit &&
      !((asked as number) > policy.maxRetryAfter) &&
      delay < remaining
      ? delay
      : undefined;
  };
