import type { AttemptOutcome } from "./retry";

export interface RequestContext {
  readonly method: string;
  readonly url: string;
  /** Lowercase names. A hook may add or change headers here before the attempt is sent. */
  readonly headers: Record<string, string>;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

/** A retry about to be sent: ky calls the hooks after the wait, right before the attempt. */
export interface RetryContext {
  readonly method: string;
  readonly url: string;
  /** The attempt about to be made (2 for the first retry). */
  readonly attempt: number;
  /**
   * The wait just made before it, in ms: the backoff, or what `Retry-After` asked. `undefined`
   * when ky took the wait from another rate-limit header (`RateLimit-Reset`, `X-RateLimit-Reset`…).
   */
  readonly delay: number | undefined;
  readonly outcome: AttemptOutcome;
  readonly error: Error;
}

/** Functions called around each attempt, for logs, metrics or tracing headers. */
export interface Hooks {
  beforeRequest?: readonly ((request: RequestContext) => void | Promise<void>)[] | undefined;
  afterResponse?:
    | readonly ((response: Response, request: RequestContext) => void | Promise<void>)[]
    | undefined;
  beforeRetry?: readonly ((retry: RetryContext) => void | Promise<void>)[] | undefined;
}

/** Calls `hooks` one after the other; nothing at all (no promise to wait for) when there are none. */
export function runHooks<A extends unknown[]>(
  hooks: readonly ((...args: A) => void | Promise<void>)[] | undefined,
  ...args: A
): Promise<void> | undefined {
  return (
    hooks &&
    (async () => {
      for (const hook of hooks) await hook(...args);
    })()
  );
}
