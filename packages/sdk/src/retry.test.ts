import type { ProblemKind } from "@ghorfa/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AttemptOutcome,
  DEFAULT_RETRY,
  kyRetry,
  mayRetry,
  parseRetryAfter,
  type RetryCall,
  type RetryPolicy,
  retryPolicy,
  vetoRetry,
} from "./retry";

const NOW = Date.UTC(2026, 0, 30, 9, 0, 0);

/** A call's facts, with the waits its rules record. */
function call(
  overrides: Partial<Omit<RetryCall, "waiting">> = {},
): RetryCall & { waits: (number | undefined)[] } {
  const waits: (number | undefined)[] = [];
  return {
    hasIdempotencyKey: false,
    remaining: () => Number.POSITIVE_INFINITY,
    random: () => 0.5,
    outcomeOf: () => undefined,
    waiting: (ms) => void waits.push(ms),
    waits,
    ...overrides,
  };
}

/** The retry options ky gets for a call, with every hook they hold. */
function options(policy: RetryPolicy, facts: RetryCall) {
  const retry = kyRetry(policy, facts);
  const { methods = [], statusCodes = [], afterStatusCodes = [], delay, jitter, shouldRetry } = retry;
  if (!delay || typeof jitter !== "function" || !shouldRetry) throw new Error("incomplete retry options");
  return { ...retry, methods, statusCodes, afterStatusCodes, delay, jitter, shouldRetry };
}

/** The wait after the `attempt`-th attempt when ky backs off: its delay, jittered. */
const backoff = (policy: RetryPolicy, attempt: number, random: () => number) => {
  const { delay, jitter } = options(policy, call({ random }));
  return jitter(delay(attempt));
};

const status = (code: number, retryAfter?: string, problem?: ProblemKind): AttemptOutcome => ({
  kind: "status",
  status: code,
  retryAfter,
  problem,
});

describe("retryPolicy", () => {
  it("merges options over the defaults, and reads a number or false as the retry limit", () => {
    expect(retryPolicy({ baseDelay: 100 })).toEqual({ ...DEFAULT_RETRY, baseDelay: 100 });
    expect(retryPolicy({ limit: undefined, baseDelay: 100, statusCodes: undefined })).toEqual({
      ...DEFAULT_RETRY,
      baseDelay: 100,
    });
    expect(retryPolicy(5).limit).toBe(5);
    expect(retryPolicy(false).limit).toBe(0);
    expect(retryPolicy(undefined)).toEqual(DEFAULT_RETRY);
    expect(kyRetry(retryPolicy(4), call()).limit).toBe(4);
  });
});

describe("the methods ky may repeat", () => {
  it("repeats GET, HEAD, PUT, DELETE and OPTIONS without a key", () => {
    const { methods } = options(DEFAULT_RETRY, call());
    for (const method of ["get", "head", "put", "delete", "options"]) expect(methods).toContain(method);
  });

  it("repeats POST and PATCH only with an Idempotency-Key", () => {
    const without = options(DEFAULT_RETRY, call()).methods;
    const withKey = options(DEFAULT_RETRY, call({ hasIdempotencyKey: true })).methods;
    for (const method of ["post", "patch"]) {
      expect(without).not.toContain(method);
      expect(withKey).toContain(method);
    }
  });
});

describe("mayRetry", () => {
  it("lets ky repeat only the calls its methods and limit allow, so the others skip its retry work", () => {
    expect(mayRetry(DEFAULT_RETRY, "GET", false)).toBe(true);
    expect(mayRetry(DEFAULT_RETRY, "DELETE", false)).toBe(true);
    expect(mayRetry(DEFAULT_RETRY, "POST", false)).toBe(false);
    expect(mayRetry(DEFAULT_RETRY, "PATCH", false)).toBe(false);
    expect(mayRetry(DEFAULT_RETRY, "POST", true)).toBe(true);
    expect(mayRetry(retryPolicy(0), "GET", false)).toBe(false);
  });

  it("agrees with the methods kyRetry hands ky", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"),
        fc.boolean(),
        (method, hasIdempotencyKey) =>
          mayRetry(DEFAULT_RETRY, method, hasIdempotencyKey) ===
          options(DEFAULT_RETRY, call({ hasIdempotencyKey })).methods.includes(method.toLowerCase()),
      ),
    );
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds as milliseconds", () => {
    expect(parseRetryAfter("2", NOW)).toBe(2000);
    expect(parseRetryAfter(" 0 ", NOW)).toBe(0);
  });

  it("reads an HTTP date as the time left until it", () => {
    expect(parseRetryAfter(new Date(NOW + 5000).toUTCString(), NOW)).toBe(5000);
  });

  it("reads a date already past as no wait", () => {
    expect(parseRetryAfter(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
  });

  it("ignores an absent or unreadable header", () => {
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
    expect(parseRetryAfter("-3", NOW)).toBeUndefined();
  });
});

describe("backoff", () => {
  it("stays below an exponential cap that maxDelay bounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, r) => {
          const wait = backoff(DEFAULT_RETRY, n, () => r);
          const cap = Math.min(DEFAULT_RETRY.maxDelay, DEFAULT_RETRY.baseDelay * 2 ** (n - 1));
          return wait >= 0 && wait < cap;
        },
      ),
    );
  });

  it("doubles its cap on each retry", () => {
    const almostOne = () => 0.999999;
    expect(backoff(DEFAULT_RETRY, 1, almostOne)).toBe(299);
    expect(backoff(DEFAULT_RETRY, 2, almostOne)).toBe(599);
    expect(backoff(DEFAULT_RETRY, 3, almostOne)).toBe(1199);
  });

  it("records the wait it gives, for the beforeRetry hooks", () => {
    const facts = call();
    const { delay, jitter } = options(DEFAULT_RETRY, facts);
    expect(jitter(delay(1))).toBe(150);
    expect(facts.waits).toEqual([150]);
  });

  it("ends the call with the attempt's error when the wait would outlast the total timeout", async () => {
    const error = new Error("503");
    const { delay, jitter, shouldRetry } = options(DEFAULT_RETRY, call({ remaining: () => 100 }));
    await shouldRetry({ error, retryCount: 1 });
    expect(() => jitter(delay(1))).toThrow(error);
    const roomy = options(DEFAULT_RETRY, call({ remaining: () => 151 }));
    expect(roomy.jitter(roomy.delay(1))).toBe(150);
  });
});

describe("the statuses ky may retry", () => {
  it("retries every listed status, after the wait its Retry-After names", () => {
    const { statusCodes, afterStatusCodes } = options(DEFAULT_RETRY, call());
    for (const code of [408, 425, 429, 500, 502, 503, 504]) {
      expect(statusCodes).toContain(code);
      expect(afterStatusCodes).toContain(code);
    }
  });

  it("never retries other statuses, nor a 409 on a call without a key", () => {
    const { statusCodes } = options(DEFAULT_RETRY, call());
    for (const code of [400, 401, 403, 404, 409, 412, 413, 422, 428, 501])
      expect(statusCodes).not.toContain(code);
    expect(options(DEFAULT_RETRY, call({ hasIdempotencyKey: true })).statusCodes).toContain(409);
  });
});

describe("vetoRetry", () => {
  it("retries a network error, whatever words the runtime has for it", () => {
    expect(vetoRetry({ kind: "network" }, DEFAULT_RETRY, call())).toBe(true);
  });

  it("leaves timeouts and listed statuses to ky's rules, and records the wait Retry-After asks", () => {
    const facts = call();
    expect(vetoRetry({ kind: "timeout" }, DEFAULT_RETRY, facts)).toBeUndefined();
    expect(vetoRetry(status(503, "3"), DEFAULT_RETRY, facts)).toBeUndefined();
    expect(facts.waits).toEqual([3000]);
  });

  it("gives up at once when Retry-After asks for more than the cap", () => {
    const policy = retryPolicy({ maxRetryAfter: 10_000 });
    expect(vetoRetry(status(429, "10"), policy, call())).toBeUndefined();
    expect(vetoRetry(status(429, "11"), policy, call())).toBe(false);
  });

  it("gives up when the wait would outlast the call's total timeout", () => {
    expect(vetoRetry(status(503, "2"), DEFAULT_RETRY, call({ remaining: () => 1000 }))).toBe(false);
    expect(vetoRetry(status(503, "2"), DEFAULT_RETRY, call({ remaining: () => 2001 }))).toBeUndefined();
  });

  it("retries a 409 conflict that names a wait, on a call with an Idempotency-Key", () => {
    // The node is still running the first request with this key: the repeat comes back then.
    const facts = call({ hasIdempotencyKey: true });
    expect(vetoRetry(status(409, "1", "conflict"), DEFAULT_RETRY, facts)).toBeUndefined();
    expect(facts.waits).toEqual([1000]);
    const policy = retryPolicy({ maxRetryAfter: 500 });
    expect(vetoRetry(status(409, "1", "conflict"), policy, facts)).toBe(false);
  });

  it("keeps every other 409 final: no wait named, or another problem", () => {
    const cases: AttemptOutcome[] = [
      status(409, undefined, "conflict"),
      status(409, "soon", "conflict"),
      status(409, "1", "invalid-transition"),
      status(409, "1"),
    ];
    for (const outcome of cases) {
      expect(
        vetoRetry(outcome, DEFAULT_RETRY, call({ hasIdempotencyKey: true })),
        JSON.stringify(outcome),
      ).toBe(false);
    }
  });

  it("asks ky to retry what the call's outcome says, through shouldRetry", async () => {
    const error = new Error("reset");
    const { shouldRetry } = options(
      DEFAULT_RETRY,
      call({ outcomeOf: (e) => (e === error ? { kind: "network" } : undefined) }),
    );
    expect(await shouldRetry({ error, retryCount: 1 })).toBe(true);
    expect(await shouldRetry({ error: new Error("a hook's"), retryCount: 1 })).toBeUndefined();
  });

  it("never lets ky repeat an unsafe call, for any outcome", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("GET", "HEAD", "PUT", "DELETE", "POST", "PATCH"),
        fc.boolean(),
        (method, hasIdempotencyKey) => {
          const { methods } = options(DEFAULT_RETRY, call({ hasIdempotencyKey }));
          const repeats = methods.includes(method.toLowerCase());
          return repeats === (hasIdempotencyKey || !/^(POST|PATCH)$/.test(method));
        },
      ),
    );
  });
});
