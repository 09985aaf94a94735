import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { idempotencyKeys } from "../db/schema";

// A key is claimed by inserting its row inside the transaction that does the write, and
// completed with the response in that same transaction. The primary key does the rest: a racing
// identical request (another connection, another process) blocks on the uncommitted row until
// the first transaction ends, then finds the completed row and replays it; if the first one
// rolled back, the row is gone and the racer runs the write itself. Nothing lives in memory.

/** Keys are kept at least this long (the contract promises 24 hours), then may be reused. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** Whose key and for which operation: the same key sent by two callers, or to two routes, is two keys. */
export interface IdempotencyScope {
  /** The caller: an api key id, or the operator. */
  readonly owner: string;
  readonly method: string;
  /** The path as requested (`/chambers/ma-09/members`), so keys of two chambers never meet. */
  readonly route: string;
  readonly key: string;
}

export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

export type ClaimResult =
  /** First time: do the write, then `complete` in the same transaction. */
  | { readonly kind: "new" }
  /** Done before with the same request: answer `response` again, write nothing. */
  | { readonly kind: "replay"; readonly response: StoredResponse }
  /** Used before with another request: 422 idempotency-conflict. */
  | { readonly kind: "conflict" }
  /**
   * Claimed by a transaction that committed without completing it (a `claim` outside a
   * transaction, a crash between two statements): 409 conflict, the client may retry later.
   */
  | { readonly kind: "in_progress" };

/** sha256 of a request's body in a canonical JSON form (keys sorted), so key order does not matter. */
export function hashRequest(body: unknown): string {
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const matches = (scope: IdempotencyScope) =>
  and(
    eq(idempotencyKeys.owner, scope.owner),
    eq(idempotencyKeys.method, scope.method),
    eq(idempotencyKeys.route, scope.route),
    eq(idempotencyKeys.key, scope.key),
  );

/**
 * Claims `scope.key` for a request whose body hashes to `requestHash`. Call it inside the
 * transaction of the write, before the write. A row older than the TTL is taken over as new.
 */
export async function claim(
  tx: Database,
  scope: IdempotencyScope & { readonly requestHash: string },
): Promise<ClaimResult> {
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ ...scope, status: "in_progress" })
    .onConflictDoUpdate({
      target: [idempotencyKeys.owner, idempotencyKeys.method, idempotencyKeys.route, idempotencyKeys.key],
      set: {
        requestHash: scope.requestHash,
        status: "in_progress",
        responseStatus: null,
        responseBody: null,
        responseHeaders: null,
        createdAt: sql`now()`,
      },
      setWhere: sql`${idempotencyKeys.createdAt} < now() - make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})`,
    })
    .returning({ owner: idempotencyKeys.owner });
  if (claimed.length > 0) return { kind: "new" };

  const [row] = await tx.select().from(idempotencyKeys).where(matches(scope));
  // The conflicting row was committed (the insert waited for it), so it is there to read.
  if (!row) throw new Error("Idempotency key vanished between its claim and its read");
  if (row.requestHash !== scope.requestHash) return { kind: "conflict" };
  if (row.status !== "done" || row.responseStatus === null) return { kind: "in_progress" };
  return {
    kind: "replay",
    response: { status: row.responseStatus, body: row.responseBody, headers: row.responseHeaders ?? {} },
  };
}

/** Stores the response of a claimed key, in the transaction that claimed it. */
export async function complete(
  tx: Database,
  scope: IdempotencyScope,
  response: StoredResponse,
): Promise<void> {
  const done = await tx
    .update(idempotencyKeys)
    .set({
      status: "done",
      responseStatus: response.status,
      responseBody: response.body ?? null,
      responseHeaders: { ...response.headers },
    })
    .where(and(matches(scope), eq(idempotencyKeys.status, "in_progress")))
    .returning({ owner: idempotencyKeys.owner });
  if (done.length === 0) throw new Error(`Idempotency key ${scope.key} was not claimed`);
}

/** Deletes keys past the TTL; returns how many. Run it now and then (a timer, a cron). */
export async function purgeExpired(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_TTL_SECONDS * 1000);
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before))
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
