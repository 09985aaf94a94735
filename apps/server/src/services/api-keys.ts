import { createHash, randomBytes } from "node:crypto";
import type { ApiKey, ApiKeyCreate, ApiKeyCreated } from "@ghorfa/contract";
import { type ChamberId, newId } from "@ghorfa/schemas";
import { and, asc, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { FOREIGN_KEY_VIOLATION, sqlState } from "../db/pg-error";
import { apiKeys } from "../db/schema";
import { NotFoundError } from "./errors";
import { cursorAfter, type PageOf, type PageRequest, toPage } from "./page";
import { countRequests, type RateLimitCount, timeOf, type WindowCount } from "./rate-limits";

// A secret is 32 random bytes (256 bits): nobody can guess one or invert its sha256, so a plain
// sha256 is as safe here as bcrypt or argon2, which exist to slow down guessing low-entropy
// passwords. sha256 is also deterministic, so a request finds its key by an index lookup on the
// hash, in microseconds, where a salted slow hash would cost ~100 ms of CPU on every request.

const SECRET_PREFIX = "ghorfa_";
/** How much of the secret `prefix` keeps: enough to tell keys apart in a list, far too little to guess the rest. */
const SHOWN_CHARACTERS = SECRET_PREFIX.length + 6;

/** sha256 of a secret, in hex: what the database keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

type Row = typeof apiKeys.$inferSelect;

function toApiKey(row: Row): ApiKey {
  return {
    id: row.id as ApiKey["id"],
    chamberId: row.chamberId,
    name: row.name,
    scopes: row.scopes as ApiKey["scopes"],
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Creates a key for a hosted chamber. The answer holds the secret: the only time it exists. */
export async function create(db: Database, input: ApiKeyCreate): Promise<ApiKeyCreated> {
  const secret = SECRET_PREFIX + randomBytes(32).toString("base64url");
  try {
    const [row] = await db
      .insert(apiKeys)
      .values({
        id: newId("apiKey", input.chamberId),
        chamberId: input.chamberId,
        name: input.name,
        secretHash: hashSecret(secret),
        prefix: secret.slice(0, SHOWN_CHARACTERS),
        scopes: [...input.scopes],
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      })
      .returning();
    return { ...toApiKey(row as Row), secret };
  } catch (error) {
    if (sqlState(error) === FOREIGN_KEY_VIOLATION) throw new NotFoundError("chamber", input.chamberId);
    throw error;
  }
}

/** Who presents `secret`: the key's id, chamber and scopes, or undefined if unknown, revoked or expired. */
export interface VerifiedKey {
  readonly id: string;
  readonly chamberId: ChamberId;
  readonly scopes: readonly string[];
}

/** Not revoked, not expired at `now` (the database's clock when absent). */
const usable = (now?: Date | undefined): SQL =>
  sql`${apiKeys.revokedAt} is null and (${apiKeys.expiresAt} is null or ${apiKeys.expiresAt} > ${timeOf(now)})`;

export async function verify(
  db: Database,
  secret: string,
  now?: Date | undefined,
): Promise<VerifiedKey | undefined> {
  const [row] = await db
    .select({ id: apiKeys.id, chamberId: apiKeys.chamberId, scopes: apiKeys.scopes })
    .from(apiKeys)
    .where(and(eq(apiKeys.secretHash, hashSecret(secret)), usable(now)));
  return row;
}

/**
 * `verify` and `rateLimits.count` in one round trip: the key whose secret hashes to `secretHash`,
 * with `requests` added to its current window. Undefined (and nothing counted) for an unknown,
 * revoked or expired key. Whether the window is over the limit is the caller's to decide
 * (`rateLimits.resultOf`).
 */
export async function authenticate(
  db: Database,
  request: Omit<RateLimitCount, "keyId"> & { secretHash: string },
): Promise<({ key: VerifiedKey } & WindowCount) | undefined> {
  const result = (await db.execute(sql`
    with k as (
      select ${apiKeys.id} as id, ${apiKeys.chamberId} as chamber_id, ${apiKeys.scopes} as scopes from ${apiKeys}
      where ${apiKeys.secretHash} = ${request.secretHash} and ${usable(request.now)}
    ), h as (${countRequests(sql`select id from k`, request)})
    select k.id, k.chamber_id, k.scopes, h.count, h.retry_after from k left join h on true
  `)) as unknown as { rows: AuthenticatedRow[] };
  const [row] = result.rows;
  if (!row) return undefined;
  return {
    key: { id: row.id, chamberId: row.chamber_id, scopes: row.scopes },
    count: Number(row.count),
    retryAfter: Number(row.retry_after),
  };
}

interface AuthenticatedRow {
  id: string;
  chamber_id: ChamberId;
  scopes: string[];
  count: number;
  retry_after: number;
}

/** Revokes a key at once. Revoking a revoked key changes nothing (not even its revocation time). */
export async function revoke(db: Database, id: string): Promise<ApiKey> {
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return toApiKey(revoked);
  const [existing] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  if (!existing) throw new NotFoundError("api key", id);
  return toApiKey(existing);
}

/** Keys, without their secrets (only hashes are kept), revoked ones included, by id. */
export async function list(
  db: Database,
  request: PageRequest & { chamberId?: ChamberId | undefined },
): Promise<PageOf<ApiKey>> {
  const after = cursorAfter(request.cursor, { kind: "apiKey" });
  const rows = await db
    .select()
    .from(apiKeys)
    .where(
      and(
        request.chamberId ? eq(apiKeys.chamberId, request.chamberId) : undefined,
        after ? gt(apiKeys.id, after) : undefined,
      ),
    )
    .orderBy(asc(apiKeys.id))
    .limit(request.limit + 1);
  return toPage(rows.map(toApiKey), request.limit, (key) => key.id);
}
