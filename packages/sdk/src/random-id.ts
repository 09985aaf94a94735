/**
 * A random id for X-Request-Id and Idempotency-Key: a UUID where the runtime offers one. A page
 * served over plain http (an intranet portal) is no secure context, so browsers hide
 * `crypto.randomUUID` from it; `getRandomValues` remains, and 128 random bits in four decimal
 * numbers serve as well (both headers take any visible ASCII).
 */
export const randomId = (): string =>
  crypto.randomUUID?.() ?? crypto.getRandomValues(new Uint32Array(4)).join("-");
