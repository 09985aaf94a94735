import type { ProblemKind } from "@ghorfa/contract";
import type { RetryOptions as KyRetryOptions } from "ky";

/**
 * The SDK's retry rules, as ky's retry options. ky sends, retries and waits (by method, status,
 * network error and timeout, with backoff, full jitter and `Retry-After`); what is here is what
 * ky cannot be told with a list: when a write may be repeated, and the waits the SDK refuses.
 */

export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). Default 2. */
  limit?: number | undefined;
  /** The backoff before the first retry, doubled on each next one, in ms. Default 300. */
  baseDelay?: number | undefined;
  /** The most a computed backoff waits, in ms. Default 8,000. */
  maxDelay?: number | undefined;
  /**
   * The longest `Retry-After` the client is willing to wait, in ms. A node that asks for more
   * gets no retry: its error reaches the caller at once, with the wait it asked for. Default 60,000.
   */
  maxRetryAfter?: number | undefined;
  /** Statuses worth another attempt. Default 408, 425, 429, 500, 502, 503, 504. */
  statusCodes?: readonly number[] | undefined;
}

/** Retry options with every default filled in. */
export type RetryPolicy = { [K in keyof RetryOptions]-?: Exclude<RetryOptions[K], undefined> };

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 2,
  baseDelay: 300,
  maxDelay: 8_000,
  maxRetryAfter: 60_000,
  statusCodes: [408, 425, 429, 500, 502, 503, 504],
};

export function retryPolicy(options: RetryOptions | number | false | undefined): RetryPolicy {
  if (typeof options !== "object") return { ...DEFAULT_RETRY, limit: Number(options ?? DEFAULT_RETRY.limit) };
  // An option given as undefined (an unset setting passed on) keeps its default, not `undefined`.
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_RETRY, ...given };
}

/**
 * The methods that sending twice can do no harm to: GET, HEAD, OPTIONS, PUT and DELETE by their
 * semantics (RFC 9110 §9.2.2), and ky's TRACE and QUERY — every method but POST and PATCH
 * (CONNECT opens tunnels, not API calls). POST and PATCH join them on a call with an
 * Idempotency-Key, by which the node recognises the repeat.
 */
const SAFE_METHODS = ["get", "head", "options", "put", "delete", "trace", "query"];
const WITH_KEY_METHODS = [...SAFE_METHODS, "post", "patch"];

/**
 * Whether a call may be sent more than once at all. One that may not is handed to ky with no
 * retries: ky then skips what it does for every call it might retry (it clones the request
 * before each attempt, so that a retry can resend it) and would throw the same first error.
 */
export function mayRetry(policy: RetryPolicy, method: string, hasIdempotencyKey: boolean): boolean {
  return (
    policy.limit > 0 && (hasIdempotencyKey ? WITH_KEY_METHODS : SAFE_METHODS).includes(method.toLowerCase())
  );
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

/** What an attempt ended with, as far as retrying cares: `problem` is the answer's problem kind. */
export type AttemptOutcome =
  | { kind: "status"; status: number; retryAfter?: string | null; problem?: ProblemKind | undefined }
  | { kind: "network" }
  | { kind: "timeout" };

/** What the SDK's rules need to know of one call, beside its policy. */
export interface RetryCall {
  readonly hasIdempotencyKey: boolean;
  /** Ms left before the call's total timeout. */
  remaining(): number;
  /** The source of jitter, in [0, 1). */
  random(): number;
  /** What the failed attempt ended with; `undefined` for an error that is no attempt's (a hook's). */
  outcomeOf(error: unknown): AttemptOutcome | undefined;
  /** Records the wait ky is about to make, for the `beforeRetry` hooks (`undefined`: not known here). */
  waiting(ms: number | undefined): void;
}

/**
 * The SDK's veto on a retry ky would make, or `true` to retry a network error ky's heuristics
 * may not recognise (an answer cut off halfway reads differently on each runtime): `false` when
 * the node names a wait beyond `maxRetryAfter` (ky would wait the cap instead) or past the
 * call's total timeout (ky would wait out the rest, then time out), or for a 409 other than
 * the node's word that the first request with this Idempotency-Key is still running: a
 * `conflict` that names a wait. Any other conflict (a duplicate ICE) is final.
 */
export function vetoRetry(outcome: AttemptOutcome | undefined, policy: RetryPolicy, call: RetryCall) {
  if (outcome?.kind === "network") return true;
  if (outcome?.kind !== "status") return undefined;
  const asked = parseRetryAfter(outcome.retryAfter, Date.now());
  // Without a Retry-After, ky may read a rate-limit header (RateLimit-Reset…) or back off: the
  // jitter then records its own wait.
  call.waiting(asked);
  if (outcome.status === 409 && !(outcome.problem === "conflict" && asked !== undefined)) return false;
  if (asked !== undefined && (asked > policy.maxRetryAfter || asked >= call.remaining())) return false;
  return undefined;
}

/**
 * ky's retry options for one call. Waits: exponential backoff with full jitter (a uniform wait
 * below the exponential cap, which `maxDelay` bounds), so many clients that failed together do
 * not come back together; or, for every retried status, exactly what `Retry-After` says. A
 * backoff that would outlast the total timeout throws the attempt's error at once, from the
 * jitter ky asks for, since ky would otherwise wait out the rest and time out.
 */
export function kyRetry(policy: RetryPolicy, call: RetryCall): KyRetryOptions {
  // A 409 is worth a look only on a call with a key (the rule is `vetoRetry`'s).
  // ky copies these lists before it reads them, so the policy's own may be handed over.
  const statusCodes = (
    call.hasIdempotencyKey ? [...policy.statusCodes, 409] : policy.statusCodes
  ) as number[];
  let failed: unknown;
  return {
    limit: policy.limit,
    methods: call.hasIdempotencyKey ? WITH_KEY_METHODS : SAFE_METHODS,
    statusCodes,
    afterStatusCodes: statusCodes,
    maxRetryAfter: policy.maxRetryAfter,
    retryOnTimeout: true,
    delay: (attempt) => Math.min(policy.maxDelay, policy.baseDelay * 2 ** (attempt - 1)),
    jitter: (delay) => {
      const wait = Math.floor(call.random() * delay);
      if (wait >= call.remaining()) throw failed;
      call.waiting(wait);
      return wait;
    },
    shouldRetry: ({ error }) => {
      failed = error;
      return vetoRetry(call.outcomeOf(error), policy, call);
    },
  };
}
