import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/connect";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { count, purgeBefore, type RateLimitCount, resultOf } from "./rate-limits";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
/** One request counted, and what its window's count means under `limit`. */
const hit = async (db: Database, request: RateLimitCount & { limit: number }) =>
  resultOf(await count(db, request), request.limit);

describe("rate limits", () => {
  it("allows `limit` requests in a window, refuses the next until the window ends, then allows again", async () => {
    const request = { keyId: "key-window", limit: 3, windowSeconds: 60 };
    const results = [];
    for (const second of ["00", "10", "20", "30"]) {
      results.push(await hit(t.db, { ...request, now: at(`2026-01-30T09:00:${second}Z`) }));
    }
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    // Refused at 09:00:30, the window (09:00:00–09:01:00) ends in 30 seconds.
    expect(results[3]?.retryAfter).toBe(30);

    const next = await hit(t.db, { ...request, now: at("2026-01-30T09:01:00Z") });
    expect(next).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("rounds Retry-After up to a whole second", async () => {
    const request = { keyId: "key-round", limit: 1, windowSeconds: 10 };
    await hit(t.db, { ...request, now: at("2026-01-30T09:00:00.000Z") });
    const refused = await hit(t.db, { ...request, now: at("2026-01-30T09:00:07.250Z") });
    expect(refused).toMatchObject({ allowed: false, retryAfter: 3 });
  });

  it("counts each key on its own", async () => {
    const now = at("2026-01-30T10:00:00Z");
    await hit(t.db, { keyId: "key-a", limit: 1, windowSeconds: 60, now });
    expect((await hit(t.db, { keyId: "key-a", limit: 1, windowSeconds: 60, now })).allowed).toBe(false);
    expect((await hit(t.db, { keyId: "key-b", limit: 1, windowSeconds: 60, now })).allowed).toBe(true);
  });

  it("lets exactly `limit` of many concurrent requests through", async () => {
    const now = at("2026-01-30T11:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 40 }, () => hit(t.db, { keyId: "key-burst", limit: 15, windowSeconds: 60, now })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(15);
  });

  it("uses the database clock when no time is given", async () => {
    const result = await hit(t.db, { keyId: "key-clock", limit: 5, windowSeconds: 3600 });
    expect(result.allowed).toBe(true);
    expect(result.retryAfter).toBeGreaterThanOrEqual(1);
    expect(result.retryAfter).toBeLessThanOrEqual(3600);
  });

  it("purges windows that ended", async () => {
    await hit(t.db, { keyId: "key-old", limit: 5, windowSeconds: 60, now: at("2020-01-01T00:00:00Z") });
    expect(await purgeBefore(t.db, at("2021-01-01T00:00:00Z"))).toBeGreaterThanOrEqual(1);
    const again = await hit(t.db, {
      keyId: "key-old",
      limit: 1,
      windowSeconds: 60,
      now: at("2020-01-01T00:00:00Z"),
    });
    expect(again.allowed).toBe(true);
  });
});
