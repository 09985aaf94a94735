import { lt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { rateLimits } from "../db/schema";

// Fixed windows counted in the database with one upsert, so every replica behind a load
// balancer counts the same requests. A window starts at a multiple of its length since the
// epoch, by the database's clock: replicas whose clocks disagree still agree on the window.

export interface RateLimitCount {
  /** The key (or client, or address bucket) being limited. */
  readonly keyId: string;
  readonly windowSeconds: number;
  /** Requests to add to the window; 1 when absent. */
  readonly requests?: number | undefined;
  /** The time of the requests; the database's clock when absent (tests pass one). */
  readonly now?: Date | undefined;
}

/** A window after requests were added to it. */
export interface WindowCount {
  /** Requests counted in the window, the ones just added included. */
  readonly count: number;
  /** Whole seconds until the window ends: the `Retry-After` of a refusal. At least 1. */
  readonly retryAfter: number;
}

export interface RateLimitResult {
  readonly allowed: boolean;
  readonly limit: number;
  /** Requests left in this window after this one. */
  readonly remaining: number;
  /** Whole seconds until the window ends: the `Retry-After` of a refusal. At least 1. */
  readonly retryAfter: number;
}

/** `now` as SQL: the database's clock when absent. */
export function timeOf(now?: Date | undefined): SQL {
  return now ? sql`${now.toISOString()}::timestamptz` : sql`statement_timestamp()`;
}

/**
 * The upsert that adds `requests` to the current window of each key id `keys` selects (one column),
 * as SQL returning the window's `count` and `retry_after`: the one statement every counter runs,
 * alone for a bucket (`count`), or after finding the key (`apiKeys.authenticate`).
 */
export function countRequests(keys: SQL, request: Omit<RateLimitCount, "keyId">): SQL {
  const { windowSeconds } = request;
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1)
    throw new RangeError("windowSeconds must be ≥ 1");
  const now = timeOf(request.now);
  const windowStart = sql`to_timestamp(floor(extract(epoch from ${now}) / ${windowSeconds}) * ${windowSeconds})`;
  return sql`
    insert into ${rateLimits} (key_id, window_start, count)
    select key_id, ${windowStart}, ${request.requests ?? 1} from (${keys}) as keys (key_id)
    on conflict (key_id, window_start) do update set count = ${rateLimits.count} + excluded.count
    returning ${rateLimits.count} as count,
      greatest(1, ceil(extract(epoch from ${rateLimits.windowStart} - ${now}) + ${windowSeconds}))::int as retry_after`;
}

/** Adds requests to the current window of `keyId` and returns the window's count across replicas. */
export async function count(db: Database, request: RateLimitCount): Promise<WindowCount> {
  const result = (await db.execute(
    countRequests(sql`select ${request.keyId}::text`, request),
  )) as unknown as {
    rows: { count: number; retry_after: number }[];
  };
  const row = result.rows[0];
  return { count: Number(row?.count ?? 0), retryAfter: Number(row?.retry_after ?? 1) };
}

/** What a window's count means for a request: the one rule, `count ≤ limit`. */
export function resultOf(window: WindowCount, limit: number): RateLimitResult {
  return {
    allowed: window.count <= limit,
    limit,
    remaining: Math.max(0, limit - window.count),
    retryAfter: Math.max(1, window.retryAfter),
  };
}

/** Counters whose windows are longer than the request limit's, kept until their own `before`. */
export interface LongerWindows {
  /** The start of their key ids (`sign-in`…). */
  readonly prefix: string;
  readonly before: Date;
}

/**
 * Deletes windows that started before `before` (those of `longer` keys: before their own), and
 * returns how many. Run it now and then.
 */
export async function purgeBefore(
  db: Database,
  before: Date,
  longer: readonly LongerWindows[] = [],
): Promise<number> {
  const over = longer.reduce<SQL>(
    (condition, { prefix, before: longBefore }) =>
      sql`(case when starts_with(${rateLimits.keyId}, ${prefix}) then ${rateLimits.windowStart} < ${longBefore.toISOString()}::timestamptz else ${condition} end)`,
    lt(rateLimits.windowStart, before) as SQL,
  );
  const deleted = await db.delete(rateLimits).where(over).returning({ keyId: rateLimits.keyId });
  return deleted.length;
}
