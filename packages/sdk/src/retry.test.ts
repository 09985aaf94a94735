import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AttemptOutcome,
  backoffDelay,
  DEFAULT_RETRY,
  isSafeToRepeat,
  parseRetryAfter,
  type RetryPolicy,
  retryPolicy,
  retryRules,
} from "./retry";

const NOW = Date.UTC(2026, 0, 30, 9, 0, 0);

/** Everything the retry rules of a call look at after one of its attempts. */
interface RetryInput {
  method: string;
  hasIdempotencyKey: boolean;
  outcome: AttemptOutcome;
  retriesDone: number;
  policy: RetryPolicy;
  now: number;
  remaining: number;
  random: () => number;
}

/** The wait the rules of a call with `input`'s facts give after an attempt. */
function retryDelay(input: RetryInput): number | undefined {
  const { method, hasIdempotencyKey, policy, random } = input;
  return retryRules(method, hasIdempotencyKey, policy, random)(
    input.outcome,
    input.retriesDone,
    input.now,
    input.remaining,
  );
}

function input(overrides: Partial<RetryInput>): RetryInput {
  return {
    method: "GET",
    hasIdempotencyKey: false,
    outcome: { kind: "status", status: 503 },
    retriesDone: 0,
    policy: DEFAULT_RETRY,
    now: NOW,
    remaining: Number.POSITIVE_INFINITY,
    random: () => 0.5,
    ...overrides,
  };
}

describe("retryPolicy", () => {
  it("merges options over the defaults, and reads a number or false as the retry limit", () => {
    expect(retryPolicy({ baseDelay: 100 })).toEqual({ ...DEFAULT_RETRY, baseDelay: 100 });
    expect(retryPolicy(5).limit).toBe(5);
    expect(retryPolicy(false).limit).toBe(0);
    expect(retryPolicy(undefined)).toEqual(DEFAULT_RETRY);
  });
});

describe("isSafeToRepeat", () => {
  it("repeats GET, HEAD, PUT and DELETE without a key", () => {
    for (const method of ["GET", "head", "PUT", "DELETE", "OPTIONS"])
      expect(isSafeToRepeat(method, false)).toBe(true);
  });

  it("repeats POST and PATCH only with an Idempotency-Key", () => {
    expect(isSafeToRepeat("POST", false)).toBe(false);
    expect(isSafeToRepeat("post", false)).toBe(false);
    expect(isSafeToRepeat("PATCH", false)).toBe(false);
    expect(isSafeToRepeat("POST", true)).toBe(true);
    expect(isSafeToRepeat("PATCH", true)).toBe(true);
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

describe("backoffDelay", () => {
  it("stays below an exponential cap that maxDelay bounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, r) => {
          const delay = backoffDelay(n, DEFAULT_RETRY, () => r);
          const cap = Math.min(DEFAULT_RETRY.maxDelay, DEFAULT_RETRY.baseDelay * 2 ** (n - 1));
          return delay >= 0 && delay < cap;
        },
      ),
    );
  });

  it("doubles its cap on each retry", () => {
    const almostOne = () => 0.999999;
    expect(backoffDelay(1, DEFAULT_RETRY, almostOne)).toBe(299);
    expect(backoffDelay(2, DEFAULT_RETRY, almostOne)).toBe(599);
    expect(backoffDelay(3, DEFAULT_RETRY, almostOne)).toBe(1199);
  });
});

describe("retryRules", () => {
  it("retries every listed status for a GET", () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) {
      expect(retryDelay(input({ outcome: { kind: "status", status } }))).toBeGreaterThanOrEqual(0);
    }
  });

  it("never retries other statuses", () => {
    for (const status of [400, 401, 403, 404, 409, 412, 413, 422, 428, 501]) {
      expect(retryDelay(input({ outcome: { kind: "status", status } }))).toBeUndefined();
    }
  });

  it("refuses to repeat a POST that carries no Idempotency-Key, whatever went wrong", () => {
    const outcomes: AttemptOutcome[] = [
      { kind: "network" },
      { kind: "timeout" },
      { kind: "status", status: 503 },
    ];
    for (const outcome of outcomes) {
      expect(retryDelay(input({ method: "POST", outcome }))).toBeUndefined();
    }
  });

  it("repeats a POST after a network error when it carries an Idempotency-Key", () => {
    expect(retryDelay(input({ method: "POST", hasIdempotencyKey: true, outcome: { kind: "network" } }))).toBe(
      150,
    );
  });

  it("waits exactly what Retry-After asks, without jitter", () => {
    expect(retryDelay(input({ outcome: { kind: "status", status: 503, retryAfter: "3" } }))).toBe(3000);
  });

  it("gives up at once when Retry-After asks for more than the cap", () => {
    const policy = retryPolicy({ maxRetryAfter: 10_000 });
    expect(retryDelay(input({ policy, outcome: { kind: "status", status: 429, retryAfter: "10" } }))).toBe(
      10_000,
    );
    expect(
      retryDelay(input({ policy, outcome: { kind: "status", status: 429, retryAfter: "11" } })),
    ).toBeUndefined();
  });

  it("gives up when the wait would outlast the call's total timeout", () => {
    expect(
      retryDelay(input({ remaining: 1000, outcome: { kind: "status", status: 503, retryAfter: "2" } })),
    ).toBeUndefined();
    expect(
      retryDelay(input({ remaining: 2001, outcome: { kind: "status", status: 503, retryAfter: "2" } })),
    ).toBe(2000);
  });

  it("stops after the retry limit", () => {
    expect(retryDelay(input({ retriesDone: 1 }))).toBe(300);
    expect(retryDelay(input({ retriesDone: 2 }))).toBeUndefined();
    expect(retryDelay(input({ retriesDone: 0, policy: retryPolicy(false) }))).toBeUndefined();
    expect(retryDelay(input({ retriesDone: 3, policy: retryPolicy(4) }))).toBe(1200);
  });

  it("retries a 409 conflict that names a wait, on a call with an Idempotency-Key, after that wait", () => {
    // The node is still running the first request with this key: the repeat comes back then.
    const stillRunning: AttemptOutcome = {
      kind: "status",
      status: 409,
      retryAfter: "1",
      problem: "conflict",
    };
    expect(retryDelay(input({ method: "POST", hasIdempotencyKey: true, outcome: stillRunning }))).toBe(1000);
    expect(retryDelay(input({ method: "PATCH", hasIdempotencyKey: true, outcome: stillRunning }))).toBe(1000);
    expect(
      retryDelay(input({ method: "POST", hasIdempotencyKey: true, outcome: stillRunning, retriesDone: 2 })),
    ).toBeUndefined();
    const policy = retryPolicy({ maxRetryAfter: 500 });
    expect(
      retryDelay(input({ method: "POST", hasIdempotencyKey: true, outcome: stillRunning, policy })),
    ).toBeUndefined();
  });

  it("keeps every other 409 final: no wait named, another problem, or no Idempotency-Key", () => {
    const cases: [string, boolean, AttemptOutcome][] = [
      ["POST", true, { kind: "status", status: 409, retryAfter: null, problem: "conflict" }],
      ["POST", true, { kind: "status", status: 409, retryAfter: "soon", problem: "conflict" }],
      ["POST", true, { kind: "status", status: 409, retryAfter: "1", problem: "invalid-transition" }],
      ["POST", true, { kind: "status", status: 409, retryAfter: "1" }],
      ["POST", false, { kind: "status", status: 409, retryAfter: "1", problem: "conflict" }],
      ["GET", false, { kind: "status", status: 409, retryAfter: "1", problem: "conflict" }],
    ];
    for (const [method, hasIdempotencyKey, outcome] of cases) {
      expect(
        retryDelay(input({ method, hasIdempotencyKey, outcome })),
        JSON.stringify(outcome),
      ).toBeUndefined();
    }
  });

  it("never retries an unsafe call and never exceeds the limit, for any input", () => {
    const outcome = fc.oneof(
      fc.record({ kind: fc.constant("network" as const) }),
      fc.record({ kind: fc.constant("timeout" as const) }),
      fc.record({
        kind: fc.constant("status" as const),
        status: fc.integer({ min: 400, max: 599 }),
        retryAfter: fc.option(fc.nat({ max: 120 }).map(String), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("GET", "HEAD", "PUT", "DELETE", "POST", "PATCH"),
        fc.boolean(),
        outcome,
        fc.nat({ max: 6 }),
        fc.nat({ max: 5 }),
        (method, hasIdempotencyKey, attempt, retriesDone, limit) => {
          const delay = retryDelay(
            input({ method, hasIdempotencyKey, outcome: attempt, retriesDone, policy: retryPolicy(limit) }),
          );
          if (delay === undefined) return true;
          return isSafeToRepeat(method, hasIdempotencyKey) && retriesDone < limit && delay >= 0;
        },
      ),
    );
  });
});
