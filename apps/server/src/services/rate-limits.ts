import { lt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { rateLimits } from "../db/schema";

// Fixed windows counted in the database with one upsert, so every replica behind a load
// balancer counts the same requests. A window starts at a multiple of its length since the
// epoch, by the database's clock: replicas whose clocks disagree still agree on the window.

export interface RateLimitHit {
  /** The key (or client) being limited. */
  readonly keyId: string;
  /** Requests allowed per window. */
  readonly limit: number;
  readonly windowSeconds: number;
  /** The time of the request; the database's clock when absent (tests pass one). */
  readonly now?: Date | undefined;
}

export interface RateLimitResult {
  readonly allowed: boolean;
  readonly limit: number;
  /** Requests left in this window after this one. */
  readonly remaining: number;
  /** Whole seconds until the window ends: the `Retry-After` of a refusal. At least 1. */
  readonly retryAfter: number;
}

/** The request's time and the start of its window, as SQL (shared with `apiKeys.authenticate`). */
export function windowOf(request: Pick<RateLimitHit, "windowSeconds" | "now">): {
  now: SQL;
  windowStart: SQL;
} {
  const { windowSeconds } = request;
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1)
    throw new RangeError("windowSeconds must be ≥ 1");
  const now = request.now ? sql`${request.now.toISOString()}::timestamptz` : sql`statement_timestamp()`;
  return {
    now,
    windowStart: sql`to_timestamp(floor(extract(epoch from ${now}) / ${windowSeconds}) * ${windowSeconds})`,
  };
}

/** What a window's count means for a request. */
export function resultOf(count: number, retryAfter: number, limit: number): RateLimitResult {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfter: Math.max(1, retryAfter),
  };
}

/** Counts one request of `keyId` and says whether it is within the limit. */
export async function hit(db: Database, request: RateLimitHit): Promise<RateLimitResult> {
  const { keyId, limit, windowSeconds } = request;
  const { now, windowStart } = windowOf(request);
  const [row] = await db
    .insert(rateLimits)
    .values({ keyId, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.keyId, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({
      count: rateLimits.count,
      retryAfter: sql<number>`ceil(extract(epoch from ${rateLimits.windowStart} - ${now}) + ${windowSeconds})::int`,
    });
  if (!row) throw new Error("The rate limit upsert returned no row");
  return resultOf(row.count, Number(row.retryAfter), limit);
}

/** Deletes windows that ended before `before`; returns how many. Run it now and then. */
export async function purgeBefore(db: Database, before: Date): Promise<number> {
  const deleted = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, before))
    .returning({ keyId: rateLimits.keyId });
  return deleted.length;
}
