import { createHash } from "node:crypto";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { Database } from "../db/connect";
import { constraintOf, sqlState, UNIQUE_VIOLATION } from "../db/pg-error";
import { idempotencyKeys } from "../db/schema";
import { runSimple, sqlLiteral } from "../db/simple-query";

// A key is recorded once, with its answer, by one statement at the end of the transaction that
// does the write, and never before: nearly every key is new (an SDK sends one on every unsafe
// request, and a retry is the exception), so the common case pays one INSERT, sent with the
// COMMIT, and nothing else — no claim before the work, no UPDATE after it, no lookup.
//
// What the earlier claim-first design got from its row, this one gets from the primary key and
// from ordering:
// - A racing duplicate (another connection, another process) runs its write too, then its INSERT
//   of the key waits on the first transaction's uncommitted row. When that commits, the INSERT
//   fails on the primary key, the racer's write is rolled back, and it reads the committed row to replay it
//   (or refuse another body with 422). If the first rolled back, the racer's INSERT goes through.
//   A racer whose write fails first because of the first one's (a duplicate ICE: the unique index
//   also waits for the commit) finds the row in the same way, once the failure has been seen.
// - A failed write records nothing, since the key is its last statement: no key is left behind.
// - A row past the TTL fails the INSERT like a live one; the request that finds it deletes it
//   (`releaseExpired`, only while it is still past the TTL) and runs again as a first use.
// - `in_progress` rows are no longer written. A node of the claim-first version (in a rolling
//   upgrade) can leave one committed only when its claim outlived its transaction; it is still
//   read as "not finished" (409, retry later) until the TTL lets a new request take it over.
// Nothing lives in memory; the database alone makes a key run once, across replicas.

/** Keys are kept at least this long (the contract promises 24 hours), then may be reused. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** Whose key and for which operation: the same key sent by two callers, or to two routes, is two keys. */
export interface IdempotencyScope {
  /** The caller: `chamber:<id>` for any key of a chamber, `admin` for the operator. */
  readonly owner: string;
  readonly method: string;
  /** The path as requested (`/chambers/ma-09/members`), so keys of two chambers never meet. */
  readonly route: string;
  readonly key: string;
}

/** A scope and the hash of the request's body (`hashRequest`): what a key is recorded for. */
export interface KeyedRequest extends IdempotencyScope {
  readonly requestHash: string;
}

/**
 * An answer as a key keeps it for a replay: the body is the JSON text that was sent (not jsonb,
 * which would reorder its keys and costs a parse on every keyed write), so a replay is the same
 * bytes.
 */
export interface StoredResponse {
  readonly status: number;
  readonly body: string | null;
  readonly headers: Readonly<Record<string, string>>;
}

/** What the key's committed row, if any, says about a request sent with it. */
export type Earlier =
  /** No live row: the key is free (never used, rolled back, or past the TTL). */
  | { readonly kind: "none" }
  /** Done before with the same request: answer `response` again, write nothing. */
  | { readonly kind: "replay"; readonly response: StoredResponse }
  /** Done before with the same request, whose answer showed a secret and was not kept: its headers. */
  | { readonly kind: "withheld"; readonly headers: Readonly<Record<string, string>> }
  /** Used before with another request: 422 idempotency-conflict. */
  | { readonly kind: "conflict" }
  /** A claim of the claim-first version committed without its answer: 409, retry later. */
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

const ttl = sql`make_interval(secs => ${IDEMPOTENCY_TTL_SECONDS})`;

/**
 * The statement that records `request`'s key with its `response`: the last of the write's
 * transaction (db/transaction.ts sends it with the COMMIT). It fails with a unique violation
 * (`isKeyTaken`) when a row holds the key — then the write is rolled back and `lookup` answers; a
 * concurrent uncommitted row of the same key makes it wait until that transaction ends. Values
 * are written in as literals, for the simple protocol (see db/simple-query.ts).
 */
export function recordStatement(
  request: KeyedRequest,
  response: StoredResponse,
  options: { readonly withheld?: boolean | undefined } = {},
): string {
  // An answer that showed a secret is kept without its body: the secret exists nowhere after it.
  const [status, body] = options.withheld ? ["withheld", null] : ["done", response.body];
  const values = [
    request.owner,
    request.method,
    request.route,
    request.key,
    request.requestHash,
    status,
    response.status,
    body,
    JSON.stringify(response.headers),
  ].map(sqlLiteral);
  return `insert into idempotency_keys
    (owner, method, route, key, request_hash, status, response_status, response_body, response_headers)
    values (${values.join(", ")})`;
}

/** Runs `recordStatement` in `tx` (tests, and writes that manage their own transaction). */
export async function record(
  tx: Database,
  request: KeyedRequest,
  response: StoredResponse,
  options: { readonly withheld?: boolean | undefined } = {},
): Promise<void> {
  await runSimple(tx, recordStatement(request, response, options));
}

/** Whether `error` is a record's that found its key held by another row. */
export function isKeyTaken(error: unknown): boolean {
  return sqlState(error) === UNIQUE_VIOLATION && constraintOf(error) === IDEMPOTENCY_KEYS_PRIMARY_KEY;
}

// The name drizzle gives the table's primary key, read from the schema so that a change of its
// columns, which renames it in the next migration, cannot leave this check comparing a stale name.
const IDEMPOTENCY_KEYS_PRIMARY_KEY = (() => {
  const [primaryKey] = getTableConfig(idempotencyKeys).primaryKeys;
  if (!primaryKey) throw new Error("idempotency_keys has no primary key");
  return primaryKey.getName();
})();

/**
 * Deletes the row of `scope`'s key if it is past the TTL, so that a request which found it in
 * its way can take the key; true when one was deleted. Two requests may both delete: one of
 * them then records the key first, and the other finds it live.
 */
export async function releaseExpired(db: Database, scope: IdempotencyScope): Promise<boolean> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(and(matches(scope), lt(idempotencyKeys.createdAt, sql`now() - ${ttl}`)))
    .returning({ key: idempotencyKeys.key });
  return deleted.length > 0;
}

/**
 * What the committed row of `request`'s key says: read after a write that could not record its
 * key, or that failed (a racer's write may fail because of the first one's). Outside the failed
 * transaction, so that it sees what has been committed since.
 */
export async function lookup(db: Database, request: KeyedRequest): Promise<Earlier> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(matches(request), gte(idempotencyKeys.createdAt, sql`now() - ${ttl}`)));
  if (!row) return { kind: "none" };
  if (row.requestHash !== request.requestHash) return { kind: "conflict" };
  if (row.status === "withheld") return { kind: "withheld", headers: row.responseHeaders ?? {} };
  if (row.status !== "done" || row.responseStatus === null) return { kind: "in_progress" };
  return {
    kind: "replay",
    response: { status: row.responseStatus, body: row.responseBody, headers: row.responseHeaders ?? {} },
  };
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
