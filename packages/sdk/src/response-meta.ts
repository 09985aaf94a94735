/** What the SDK keeps of an answer besides its body. */
export interface ResponseMeta {
  readonly status: number;
  /** The node's `X-Request-Id`: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The record's version, for a conditional update. */
  readonly etag: string | undefined;
  readonly headers: Headers;
  /** Attempts made, 1 when the first one succeeded. */
  readonly attempts: number;
}

/** A result with its answer's metadata on `$response`, non-enumerable so it never reaches JSON. */
export type WithResponse<T> = (T extends object ? T : object) & { readonly $response: ResponseMeta };

export function attachResponse<T>(data: T, meta: ResponseMeta): WithResponse<T> {
  const target = (typeof data === "object" && data !== null ? data : {}) as WithResponse<T>;
  return Object.defineProperty(target, "$response", { value: meta });
}

/** The request id of a result or an SDK error, when there is one. */
export function requestIdOf(value: unknown): string | undefined {
  const held = value as { $response?: ResponseMeta; requestId?: unknown } | null | undefined;
  const requestId = (held?.$response ?? held)?.requestId;
  return typeof requestId === "string" ? requestId : undefined;
}
