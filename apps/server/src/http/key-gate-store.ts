import type { ChamberId } from "@ghorfa/schemas";
import { sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { apiKeys, rateLimits } from "../db/schema";

// The gate's one statement: find the key by the hash of its secret (usable: not revoked, not
// expired) and add the requests counted since the last sync to its current fixed window, by the
// database's clock, as services/rate-limits.ts counts them. Same tables, same windows: a counter
// is shared by every replica. Without a key (an anonymous caller, by address), only the count.

export interface SyncResult {
  /** The key, when a secret was given and it is usable. */
  key?: { id: string; chamberId: ChamberId; scopes: string[] } | undefined;
  /** Requests counted in the current window, these included; 0 when nothing was counted. */
  count: number;
  /** Whole seconds to the end of the window, at least 1. */
  retryAfter: number;
}

const windowStart = (seconds: number) =>
  sql`to_timestamp(floor(extract(epoch from statement_timestamp()) / ${seconds}) * ${seconds})`;
const retryAfter = (seconds: number) =>
  sql`greatest(1, ceil(extract(epoch from ${rateLimits.windowStart} - statement_timestamp()) + ${seconds}))::int`;

type Rows<T> = { rows: T[] };

export async function syncKey(
  db: Database,
  secretHash: string,
  delta: number,
  windowSeconds: number,
): Promise<SyncResult> {
  const result = (await db.execute(sql`
    with k as (
      select ${apiKeys.id} as id, ${apiKeys.chamberId} as chamber_id, ${apiKeys.scopes} as scopes from ${apiKeys}
      where ${apiKeys.secretHash} = ${secretHash} and ${apiKeys.revokedAt} is null
        and (${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > statement_timestamp())
    ), h as (
      insert into ${rateLimits} (key_id, window_start, count)
      select k.id, ${windowStart(windowSeconds)}, ${delta} from k
      on conflict (key_id, window_start) do update set count = ${rateLimits.count} + excluded.count
      returning ${rateLimits.count} as count, ${retryAfter(windowSeconds)} as retry_after
    )
    select k.id, k.chamber_id, k.scopes, h.count, h.retry_after from k left join h on true
  `)) as unknown as Rows<{
    id: string;
    chamber_id: ChamberId;
    scopes: string[];
    count: number;
    retry_after: number;
  }>;
  const row = result.rows[0];
  if (!row) return { count: 0, retryAfter: 1 };
  return {
    key: { id: row.id, chamberId: row.chamber_id, scopes: row.scopes },
    count: Number(row.count),
    retryAfter: Number(row.retry_after),
  };
}

export async function syncBucket(
  db: Database,
  bucket: string,
  delta: number,
  windowSeconds: number,
): Promise<SyncResult> {
  const result = (await db.execute(sql`
    insert into ${rateLimits} (key_id, window_start, count)
    values (${bucket}, ${windowStart(windowSeconds)}, ${delta})
    on conflict (key_id, window_start) do update set count = ${rateLimits.count} + excluded.count
    returning ${rateLimits.count} as count, ${retryAfter(windowSeconds)} as retry_after
  `)) as unknown as Rows<{ count: number; retry_after: number }>;
  const row = result.rows[0];
  return { count: Number(row?.count ?? 0), retryAfter: Number(row?.retry_after ?? 1) };
}
