import type { Database } from "../db/connect";
import { apiKeys, rateLimits } from "../services";
import type { Principal } from "./auth";

/**
 * Who a request comes from, and whether its key (or, without one, its address) is within its rate
 * limit. Keys and counters live in the database, shared by every replica; a replica does not ask
 * the database on every request, but at most every `syncMs` per key while the key is in use:
 *
 * - the first request of a key after `syncMs` waits for one statement that checks the key again
 *   (revoked or expired: refused) and adds the requests counted here since the last sync to the
 *   key's window in the database, returning the window's count across all replicas;
 * - the requests in between are counted here and decided on that count plus their own, and sent
 *   to the database by the next sync (a timer makes one if no request does).
 *
 * So a revoked key stops working on every replica within `syncMs` (at once on the one that revoked
 * it), and replicas together may let through at most what they count in one `syncMs` beyond the
 * limit. In exchange, a request costs no database round trip for its key and its rate limit.
 */
export interface GateOptions {
  limit: number;
  windowSeconds: number;
  syncMs: number;
  /** Unknown keys an address may present per window before its key attempts are refused unread. */
  keyAttempts: number;
}

export interface Admission {
  /** The key's caller; null for a request without one. */
  principal: Principal | null;
  /** False for a key that is unknown, revoked or expired. */
  known: boolean;
  allowed: boolean;
  retryAfter: number;
}

interface Entry {
  principal: Principal | null;
  known: boolean;
  /** The window's count in the database at the last sync, and what was counted here since. */
  counted: number;
  pending: number;
  syncedAt: number;
  windowEndsAt: number;
  syncing: Promise<void> | undefined;
  timer: NodeJS.Timeout | undefined;
}

const keyAttemptsBucket = (address: string) => `key-attempts:${address}`;

export class KeyGate {
  readonly #entries = new Map<string, Entry>();
  readonly #db: Database;
  readonly #options: GateOptions;
  #closed = false;
  #admitted = 0;

  constructor(db: Database, options: GateOptions) {
    this.#db = db;
    this.#options = options;
  }

  /**
   * Admits a request with `secret` (a bearer key), or else counts it in `bucket` (the caller's
   * address, or the operator's).
   */
  async admit(request: { secret?: string | undefined; bucket: string }): Promise<Admission> {
    const id =
      request.secret === undefined ? `b:${request.bucket}` : `k:${apiKeys.hashSecret(request.secret)}`;
    let entry = this.#entries.get(id);
    const now = Date.now();
    if (++this.#admitted % 1024 === 0) this.#sweep(now);
    if (!entry) {
      entry = {
        principal: null,
        known: false,
        counted: 0,
        pending: 0,
        syncedAt: 0,
        windowEndsAt: 0,
        syncing: undefined,
        timer: undefined,
      };
      this.#entries.set(id, entry);
    }
    if (entry.syncing) await entry.syncing;
    const stale = now - entry.syncedAt >= this.#options.syncMs || now >= entry.windowEndsAt;
    entry.pending += 1;
    if (stale) await this.#sync(id, entry);
    else this.#schedule(id, entry);
    if (request.secret !== undefined && !entry.known) {
      this.#entries.delete(id);
      return { principal: null, known: false, allowed: false, retryAfter: 1 };
    }
    const { allowed, retryAfter } = rateLimits.resultOf(
      {
        count: entry.counted + entry.pending,
        retryAfter: Math.ceil((entry.windowEndsAt - Date.now()) / 1000),
      },
      this.#options.limit,
    );
    return { principal: entry.principal, known: true, allowed, retryAfter };
  }

  /**
   * The Retry-After for a key presented from `address`, when that address has presented more
   * unknown keys than allowed in this window; undefined otherwise. Decided on what this replica
   * knows (its last sync of the address's count, plus its own since), without the database: a
   * guesser's refused attempts cost nothing, where each unknown key costs a lookup.
   */
  refusesKeysFrom(address: string): number | undefined {
    const entry = this.#entries.get(`b:${keyAttemptsBucket(address)}`);
    const now = Date.now();
    if (!entry || now >= entry.windowEndsAt) return undefined;
    if (entry.counted + entry.pending < this.#options.keyAttempts) return undefined;
    return Math.max(1, Math.ceil((entry.windowEndsAt - now) / 1000));
  }

  /**
   * Counts an unknown key presented from `address`, in the address's window in the database like
   * every other counter, so that replicas add up one guesser's attempts together.
   */
  async keyFailed(address: string): Promise<void> {
    await this.admit({ bucket: keyAttemptsBucket(address) });
  }

  /** Drops what this replica knows of a key (its revocation is then seen by the next request). */
  forget(keyId: string): void {
    for (const [id, entry] of this.#entries) {
      if (entry.principal?.keyId === keyId) {
        this.#entries.delete(id);
        if (entry.timer) clearTimeout(entry.timer);
      }
    }
  }

  /**
   * Sends every count not yet in the database; the gate takes no more requests. A database that
   * is already gone loses those few counts, which only ever err towards the caller.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled(
      [...this.#entries].map(async ([id, entry]) => {
        if (entry.timer) clearTimeout(entry.timer);
        if (entry.syncing) await entry.syncing;
        if (entry.pending > 0) await this.#sync(id, entry);
      }),
    );
    this.#entries.clear();
  }

  /** Forgets callers idle for two windows, so that addresses seen once do not pile up. */
  #sweep(now: number): void {
    const idle = 2 * this.#options.windowSeconds * 1000;
    for (const [id, entry] of this.#entries) {
      if (entry.pending === 0 && !entry.syncing && now - entry.syncedAt > idle) this.#entries.delete(id);
    }
  }

  #schedule(id: string, entry: Entry): void {
    if (entry.timer || this.#closed) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (entry.pending > 0 && !entry.syncing) void this.#sync(id, entry).catch(() => {});
    }, this.#options.syncMs);
    entry.timer.unref();
  }

  #sync(id: string, entry: Entry): Promise<void> {
    const delta = entry.pending;
    entry.pending = 0;
    const { windowSeconds } = this.#options;
    const run = async () => {
      let result: { key?: apiKeys.VerifiedKey | undefined } & rateLimits.WindowCount;
      try {
        result = id.startsWith("k:")
          ? ((await apiKeys.authenticate(this.#db, {
              secretHash: id.slice(2),
              requests: delta,
              windowSeconds,
            })) ?? {
              count: 0,
              retryAfter: 1,
            })
          : await rateLimits.count(this.#db, { keyId: id.slice(2), requests: delta, windowSeconds });
      } catch (error) {
        entry.pending += delta;
        throw error;
      }
      const now = Date.now();
      entry.known = id.startsWith("b:") || result.key !== undefined;
      entry.principal = result.key
        ? { keyId: result.key.id, chamberId: result.key.chamberId, scopes: result.key.scopes }
        : null;
      entry.counted = result.count;
      entry.syncedAt = now;
      entry.windowEndsAt = now + result.retryAfter * 1000;
    };
    entry.syncing = run().finally(() => {
      entry.syncing = undefined;
    });
    return entry.syncing;
  }
}
