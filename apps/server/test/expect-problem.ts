import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

/** `response` is a 429 problem+json whose Retry-After header and `retryAfter` member agree. */
export function expectRateLimited(response: LightMyRequestResponse): void {
  expect(response.statusCode).toBe(429);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const retryAfter = Number(response.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  expect(response.json()).toMatchObject({ type: "https://ghorfa.ma/problems/rate-limited", retryAfter });
}
