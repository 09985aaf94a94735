import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Database } from "../db/connect";
import { idempotency, oneTimeTokens, rateLimits, sessions, signInThrottle } from "../services";

// Idempotency keys, rate-limit windows and sign-in sessions are written by every request that
// carries them, one-time tokens by every e-mailed link, and all are worth nothing once their time
// is past: without a purge the tables grow for as long as the node runs. Every replica runs the timer; a transaction-scoped advisory lock makes one of them purge at
// a time and the others skip that round, so replicas never queue on each other's deletes.

export interface Purged {
  idempotencyKeys: number;
  rateLimitWindows: number;
  oneTimeTokens: number;
  /** Sessions ended (expired or revoked) more than a day ago. */
  sessions: number;
}

export interface HousekeepingOptions {
  /** Time between two purges; 0 turns the timer off (a cron may call `purgeStale` instead). */
  intervalMs: number;
  /** The rate limits' window: a window is purged once it has been over for a whole window more. */
  windowSeconds: number;
  logger: Pick<Logger, "info" | "warn">;
}

/**
 * Deletes idempotency keys past their TTL, rate-limit windows that are over and one-time tokens
 * past their expiry; undefined when another replica is purging right now.
 */
export async function purgeStale(
  db: Database,
  options: { windowSeconds: number; now?: Date },
): Promise<Purged | undefined> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const locked = (await tx.execute(
      sql`select pg_try_advisory_xact_lock(hashtext('ghorfa.housekeeping')) as locked`,
    )) as unknown as { rows: { locked: boolean }[] };
    if (!locked.rows[0]?.locked) return undefined;
    // A window is counted by the database's clock; two windows back leaves room for a node whose
    // clock runs ahead of the database's without deleting a window still being counted.
    const windowsOver = new Date(now.getTime() - 2 * options.windowSeconds * 1000);
    // Failed sign-ins are counted in windows of their own length: purged only once those are over.
    const signInOver = new Date(now.getTime() - 2 * signInThrottle.SIGN_IN_WINDOW_SECONDS * 1000);
    return {
      idempotencyKeys: await idempotency.purgeExpired(tx, now),
      rateLimitWindows: await rateLimits.purgeBefore(tx, windowsOver, [
        { prefix: signInThrottle.BUCKET_PREFIX, before: signInOver },
      ]),
      oneTimeTokens: await oneTimeTokens.purgeExpired(tx, now),
      sessions: await sessions.purgeEnded(tx, new Date(now.getTime() - 86_400_000)),
    };
  });
}

/** Starts the purge timer; `stop` clears it and waits for a purge under way, before the database closes. */
export function startHousekeeping(db: Database, options: HousekeepingOptions): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped || options.intervalMs === 0) return;
    // One purge at a time: the next is scheduled when this one ends, never on top of it.
    timer = setTimeout(() => {
      running = purgeStale(db, options)
        .then(
          (purged) => {
            if (
              purged &&
              purged.idempotencyKeys + purged.rateLimitWindows + purged.oneTimeTokens + purged.sessions > 0
            )
              options.logger.info(purged, "purged stale rows");
          },
          (err: unknown) => options.logger.warn({ err }, "purge failed; trying again at the next interval"),
        )
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, options.intervalMs);
    // The timer never keeps a node alive on its own.
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
