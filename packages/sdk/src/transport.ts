import ky, { HTTPError, TimeoutError as KyTimeoutError } from "ky";
import type * as z from "zod";
import type { ClientOptions } from "./client";
import { CONTRACT_VERSION } from "./contract-table";
import { ApiError, ContractError, NetworkError, PreconditionFailedError, TimeoutError } from "./errors";
import { EtagCache } from "./etag-cache";
import { type RequestContext, runHooks } from "./hooks";
import { apiErrorFrom } from "./problem-error";
import { randomId } from "./random-id";
import { attachResponse, type WithResponse } from "./response-meta";
import { type AttemptOutcome, kyRetry, mayRetry, type RetryOptions, retryPolicy } from "./retry";

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

/** Timers past this many ms overflow (ky refuses them): such a timeout is no timeout. */
const MAX_TIMER = 2 ** 31 - 1;
const now = () => performance.now();

/**
 * The request loop of a client: one ky call per SDK call, ky retrying, waiting and timing out
 * by the rules of `retry.ts`. Each attempt is the `fetch` ky is given: it runs the hooks and
 * reads the whole answer, so ky's per-attempt timeout (which stops at the headers of what its
 * `fetch` returns) bounds the body too, and an answer that breaks off halfway is a network error
 * ky retries. The answer's text is kept beside its Response, whose body is then used up (so the
 * SDK gives ky no afterResponse hook: ky would clone that Response for it).
 * `schemaOf` is given when answers are validated.
 */
export function createTransport(baseUrl: string, options: ClientOptions, schemaOf?: SchemaLookup): Transport {
  const { hooks = {}, random = Math.random, apiKey } = options;
  const etags = new EtagCache(options.etagCacheSize);
  const common = {
    accept: "application/json",
    "accept-language":
      options.locale ?? (globalThis as { navigator?: { language?: string } }).navigator?.language ?? "ar-MA",
    "ghorfa-version": CONTRACT_VERSION,
    ...(apiKey && { authorization: `Bearer ${apiKey}` }),
  };
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const clientPolicy = retryPolicy(options.retry);

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
    const deadline = now() + total;
    const url = baseUrl + path;
    const requestId = randomId();
    const headers: Record<string, string> = { ...common, "x-request-id": requestId };
    // Made once per call, so every retry carries the same key.
    if (flags.includes("i")) headers["idempotency-key"] = call.idempotencyKey ?? randomId();
    const ifMatch = flags.includes("m") && (call.ifMatch ?? (recordId && etags.get(recordId)));
    if (ifMatch) headers["if-match"] = ifMatch;
    for (const name in call.headers) headers[name.toLowerCase()] = call.headers[name] as string;

    let attempts = 0;
    let wait: number | undefined;
    // Whether ky gave the last attempt only what was left of the total timeout, less than `timeout`.
    let cutShort = false;
    // The last answer and its text: ky returns it, or throws an HTTPError of it, before the next.
    let answer: Response | undefined;
    let answerText: string | undefined;
    const textOf = (response: Response) => (response === answer ? answerText : undefined);
    // Made on the first failure only: most calls never fail.
    let errors: WeakMap<object, unknown> | undefined;

    /** The SDK's error for what ky threw: an ApiError, NetworkError or TimeoutError; else itself. */
    function failure(error: unknown): unknown {
      if (typeof error !== "object" || error === null) return error;
      errors ??= new WeakMap();
      let made = errors.get(error);
      if (made === undefined) {
        made =
          error instanceof HTTPError
            ? apiErrorOf(error.response)
            : error instanceof KyTimeoutError
              ? // The call's time ran out: in an attempt ky cut short, or in a wait (a timer may
                // fire within a millisecond before its time).
                cutShort || now() >= deadline - 1
                ? new TimeoutError("total", total, requestId, error)
                : new TimeoutError("attempt", perAttempt, requestId, error)
              : error;
        errors.set(error, made);
      }
      return made;
    }

    function apiErrorOf(response: Response): ApiError {
      const { status, headers } = response;
      let problem: unknown;
      try {
        problem = JSON.parse(textOf(response) as string);
      } catch {
        // Not a problem document: apiErrorFrom makes one from the status.
      }
      return apiErrorFrom(status, problem, headers, headers.get("x-request-id") ?? requestId);
    }

    function outcomeOf(error: unknown): AttemptOutcome | undefined {
      const made = failure(error);
      return made instanceof ApiError
        ? {
            kind: "status",
            status: made.status,
            retryAfter: made.headers.get("retry-after"),
            problem: made.kind,
          }
        : made instanceof TimeoutError
          ? { kind: "timeout" }
          : made instanceof NetworkError
            ? { kind: "network" }
            : undefined;
    }

    /** One attempt: the hooks, the request, and the whole answer, read as text. */
    async function attempt(input: string | URL | Request, init?: RequestInit): Promise<Response> {
      // ky hands its fetch the Request it made.
      const request = input as Request;
      const context: RequestContext = { method, url, headers, attempt: ++attempts };
      cutShort = deadline - now() < perAttempt;
      if (hooks.beforeRequest) await runHooks(hooks.beforeRequest, context);
      // The call's headers go on each attempt's Request here, after the hooks that may change
      // them, and not to ky: ky would normalize, merge and copy them into one Headers object
      // after another on every call, a cost raw fetch does not have. ky's copy of the Request
      // for a retry is made before this, so each attempt sets them on the Request it sends.
      for (const name in headers) request.headers.set(name, headers[name] as string);
      // The node never answered, or its answer broke off or stalled halfway: the network's
      // doing, whatever words the runtime has for it. An abort (the attempt's timeout, the
      // caller's signal) is ky's to tell.
      const unreachable = (cause: unknown) =>
        request.signal.aborted
          ? cause
          : new NetworkError(`Could not reach ${url}`, "network", requestId, cause);
      let response: Response;
      try {
        response = await baseFetch(request, init);
      } catch (cause) {
        throw unreachable(cause);
      }
      // Not `await runHooks(…)` alone: awaiting nothing would still cost every attempt a tick.
      if (hooks.afterResponse) await runHooks(hooks.afterResponse, response, context);
      try {
        answerText = await response.text();
      } catch (cause) {
        throw unreachable(cause);
      }
      answer = response;
      return response;
    }

    const beforeRetry = hooks.beforeRetry;
    const policy = call.retry === undefined ? clientPolicy : retryPolicy(call.retry);
    const hasIdempotencyKey = "idempotency-key" in headers;
    let response: Response;
    try {
      response = await ky(url, {
        method,
        // ky merges its options key by key on every call: the keys without a value stay out.
        ...(body !== undefined && { json: body }),
        ...(signal && { signal }),
        ...(options.credentials && { credentials: options.credentials }),
        fetch: attempt,
        timeout: perAttempt < MAX_TIMER ? perAttempt : false,
        totalTimeout: total < MAX_TIMER ? total : false,
        retry: mayRetry(policy, method, hasIdempotencyKey)
          ? kyRetry(policy, {
              hasIdempotencyKey,
              remaining: () => deadline - now(),
              random,
              outcomeOf,
              waiting: (ms) => {
                wait = ms;
              },
            })
          : 0,
        ...(beforeRetry && {
          hooks: {
            beforeRetry: [
              ({ error }) =>
                runHooks(beforeRetry, {
                  method,
                  url,
                  attempt: attempts + 1,
                  delay: wait,
                  outcome: outcomeOf(error) as AttemptOutcome,
                  error: failure(error) as Error,
                }),
            ],
          },
        }),
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const made = failure(error);
      // The record changed since that ETag was read: forget it, so no later update reuses it.
      if (made instanceof PreconditionFailedError && recordId) etags.delete(recordId);
      throw made;
    }

    // The answer read to its end. One that breaks the contract (not JSON, or not the route's
    // schema when validating) throws.
    const { status, headers: answerHeaders } = response;
    const answerId = answerHeaders.get("x-request-id") ?? requestId;
    const text = textOf(response);
    let result: unknown;
    try {
      result = text ? JSON.parse(text) : undefined;
    } catch (cause) {
      throw new ContractError("The answer is not JSON", status, [], answerId, cause);
    }
    const parsed = schemaOf && (await schemaOf(key))?.safeParse(result);
    if (parsed && !parsed.success)
      throw new ContractError(
        `The answer to ${key} breaks the contract`,
        status,
        parsed.error.issues,
        answerId,
      );
    if (parsed) result = parsed.data;
    const etag = answerHeaders.get("etag") ?? undefined;
    const id = (result as { id?: unknown } | undefined)?.id;
    const record = typeof id === "string" ? id : recordId;
    if (etag && record) etags.set(record, etag);
    return attachResponse(result as T, {
      status,
      requestId: answerId,
      etag,
      headers: answerHeaders,
      attempts,
    });
  };
}
