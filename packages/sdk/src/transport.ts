import ky from "ky";
import type * as z from "zod";
import type { ClientOptions } from "./client";
import { systemClock } from "./clock";
import { CONTRACT_VERSION } from "./contract-table";
import {
  ApiError,
  ContractError,
  type GhorfaError,
  NetworkError,
  PreconditionFailedError,
  TimeoutError,
} from "./errors";
import { EtagCache } from "./etag-cache";
import { type RequestContext, runHooks } from "./hooks";
import { apiErrorFrom } from "./problem-error";
import { randomId } from "./random-id";
import { attachResponse, type WithResponse } from "./response-meta";
import { type AttemptOutcome, type RetryOptions, retryPolicy, retryRules } from "./retry";

/** Options every call takes as its last argument. */
export interface CallOptions {
  /** Cancels the call, its attempts and the waits between them. */
  signal?: AbortSignal | undefined;
  /** Ms one attempt may take before it is abandoned (and retried when that is safe). */
  timeout?: number | undefined;
  /** Ms the whole call may take, retries and waits included. */
  totalTimeout?: number | undefined;
  retry?: RetryOptions | number | false | undefined;
  /** The key the node deduplicates a POST or PATCH by; made once per call by the SDK when not given. */
  idempotencyKey?: string | undefined;
  /** The ETag the change is based on; by default the last one this client read for the record. */
  ifMatch?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** The success body's schema of a route (`null` when it has none), for `validateResponses`. */
export type SchemaLookup = (key: string) => Promise<z.ZodType | null | undefined>;

/**
 * What a route's method hands the transport, made once per route: its key (to find its response
 * schema), its method, its path template, and its traits (`i` takes an Idempotency-Key, `m` If-Match).
 */
export type RouteCall = readonly [key: string, method: string, path: string, flags: string];

/** One call, as a route's method hands it to the transport. */
export interface TransportRequest {
  readonly route: RouteCall;
  /** The path, with its query, appended to the base URL. */
  readonly path: string;
  /** The JSON body, when the route takes one. */
  readonly body?: unknown;
  /** The record the call reads or changes, for the ETag cache. */
  readonly recordId?: string | undefined;
  readonly options?: CallOptions | undefined;
}

/** Sends one call, its retries included, and gives its result or throws a typed error. */
export type Transport = <T>(request: TransportRequest) => Promise<WithResponse<T>>;

/**
 * What one attempt got: an answer and its whole body, or why there is none (the cause, and
 * whether the attempt's time ran out).
 */
type Attempt =
  | readonly [response: Response, text: string]
  | readonly [response: undefined, text: undefined, cause: unknown, timedOut: boolean];

/**
 * The request loop of a client, in three steps: `attempt` sends one request and reads its answer
 * within the attempt's time; `readAnswer` turns an answer into a result or an `ApiError`; `send`
 * is the retry loop around them, with the rules of `retry.ts` between attempts. ky's own retry is
 * off: it never retries a POST, cannot take an injected clock and knows no total timeout.
 * `schemaOf` is given when answers are validated.
 */
export function createTransport(baseUrl: string, options: ClientOptions, schemaOf?: SchemaLookup): Transport {
  const { hooks = {}, clock = systemClock, random = Math.random, apiKey } = options;
  const etags = new EtagCache(options.etagCacheSize);
  const common = {
    accept: "application/json",
    "accept-language":
      options.locale ?? (globalThis as { navigator?: { language?: string } }).navigator?.language ?? "ar-MA",
    "ghorfa-version": CONTRACT_VERSION,
    ...(apiKey && { authorization: `Bearer ${apiKey}` }),
  };
  // One ky instance per client, with none of its own timeout or retry: the attempt's own signal
  // (below) bounds the whole answer, body included, where ky's timeout stops at the headers.
  const http = ky.create({ retry: 0, throwHttpErrors: false, timeout: false });
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));

  return async function send<T>({
    route: [key, method, , flags],
    path,
    body,
    recordId,
    options: call = {},
  }: TransportRequest): Promise<WithResponse<T>> {
    const { signal } = call;
    const perAttempt = call.timeout ?? options.timeout ?? 10_000;
    const total = call.totalTimeout ?? options.totalTimeout ?? 60_000;
    const deadline = clock.now() + total;
    const url = baseUrl + path;
    const requestId = randomId();
    const headers: Record<string, string> = { ...common, "x-request-id": requestId };
    // Made once per call, so every retry carries the same key.
    if (flags.includes("i")) headers["idempotency-key"] = call.idempotencyKey ?? randomId();
    const ifMatch = flags.includes("m") && (call.ifMatch ?? (recordId && etags.get(recordId)));
    if (ifMatch) headers["if-match"] = ifMatch;
    for (const name in call.headers) headers[name.toLowerCase()] = call.headers[name] as string;

    /** Attempt number `attempts`: the request and its whole answer, within `limit` ms or till `signal` aborts. */
    async function attempt(attempts: number, limit: number): Promise<Attempt> {
      const context: RequestContext = { method, url, headers, attempt: attempts };
      await runHooks(hooks.beforeRequest, context);
      // One signal per attempt, aborted by its timer or by the caller's signal. It replaces ky's
      // on the fetch: handing ky the caller's signal would cost an AbortSignal.any per attempt,
      // some 20 µs on Node 20, and ky's timer would stop at the headers.
      const abort = new AbortController();
      let timedOut = false;
      const timer =
        limit < 2 ** 31
          ? setTimeout(() => {
              timedOut = true;
              abort.abort();
            }, limit)
          : undefined;
      const onAbort = () => abort.abort(signal?.reason);
      signal?.addEventListener("abort", onAbort);
      if (signal?.aborted) onAbort();
      try {
        let response: Response;
        try {
          // ky sends `json` as the body, with its content type.
          response = await http(url, {
            method,
            headers,
            json: body,
            fetch: (input, init) => baseFetch(input, { ...init, signal: abort.signal }),
          });
        } catch (cause) {
          // The node never answered (fetch's TypeError, or this attempt's abort).
          return [undefined, undefined, cause, timedOut];
        }
        await runHooks(hooks.afterResponse, response, context);
        try {
          return [response, await response.text()];
        } catch (cause) {
          // An answer that broke off or stalled halfway is the network's doing too.
          return [undefined, undefined, cause, timedOut];
        }
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
    }

    /** The retry loop: attempts until one gives a result, the rules say stop, or time runs out. */

    /**
     * The result of an answer read to its end, or the `ApiError` of an error status. An answer
     * that breaks the contract (not JSON, or not the route's schema when validating) throws.
     */
    async function readAnswer(
      response: Response,
      text: string,
      attempts: number,
    ): Promise<WithResponse<T> | ApiError> {
      const { ok, status, headers } = response;
      const answerId = headers.get("x-request-id") ?? requestId;
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch (cause) {
        if (ok) throw new ContractError("The answer is not JSON", status, [], answerId, cause);
      }
      if (!ok) return apiErrorFrom(status, body, headers, answerId);
      const parsed = schemaOf && (await schemaOf(key))?.safeParse(body);
      if (parsed && !parsed.success)
        throw new ContractError(
          `The answer to ${key} breaks the contract`,
          status,
          parsed.error.issues,
          answerId,
        );
      if (parsed) body = parsed.data;
      const etag = headers.get("etag") ?? undefined;
      const id = (body as { id?: unknown } | undefined)?.id;
      const record = typeof id === "string" ? id : recordId;
      if (etag && record) etags.set(record, etag);
      return attachResponse(body as T, { status, requestId: answerId, etag, headers, attempts });
    }

    for (let attempts = 1; ; attempts++) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) throw new TimeoutError("total", total, requestId);
      const limit = Math.min(perAttempt, remaining);
      const [response, text, cause, timedOut] = await attempt(attempts, limit);
      if (signal?.aborted) throw signal.reason;
      let error: GhorfaError;
      let outcome: AttemptOutcome;
      if (text !== undefined) {
        const answer = await readAnswer(response as Response, text, attempts);
        if (!(answer instanceof ApiError)) return answer;
        error = answer;
        outcome = {
          kind: "status",
          status: answer.status,
          retryAfter: answer.headers.get("retry-after"),
          problem: answer.kind,
        };
      } else {
        // Cut short by the total timeout, or by the attempt's own.
        const isTotal = limit < perAttempt;
        error = timedOut
          ? new TimeoutError(isTotal ? "total" : "attempt", isTotal ? total : perAttempt, requestId, cause)
          : new NetworkError(`Could not reach ${url}`, "network", requestId, cause);
        outcome = { kind: timedOut ? "timeout" : "network" };
      }
      const policy = retryPolicy(call.retry ?? options.retry);
      const delay = retryRules(method, "idempotency-key" in headers, policy, random)(
        outcome,
        attempts - 1,
        clock.now(),
        deadline - clock.now(),
      );
      if (delay === undefined) {
        // The record changed since that ETag was read: forget it, so no later update reuses it.
        if (error instanceof PreconditionFailedError && recordId) etags.delete(recordId);
        throw error;
      }
      await runHooks(hooks.beforeRetry, { method, url, attempt: attempts + 1, delay, outcome, error });
      await clock.sleep(delay, signal);
    }
  };
}
