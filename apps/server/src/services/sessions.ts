import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { accounts, sessions } from "../db/schema";
import type { AccountRow } from "./accounts";

// The cookie carries 32 random bytes; the table keeps their SHA-256. As with API keys, a random
// token needs no slow hash, and a plain one lets each request find its session by index.

/** How long a session lasts: without a request (`idleMs`), and at most (`maxMs`). */
export interface SessionLifetime {
  idleMs: number;
  maxMs: number;
}

/** `last_seen_at` is written at most this often, so that a busy session costs no write per request. */
export const TOUCH_INTERVAL_MS = 60_000;

export type SessionRow = typeof sessions.$inferSelect;

export interface OpenSession {
  session: SessionRow;
  account: AccountRow;
}

/** The id a token is stored under. */
export function idOfToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** When `session` ends without another request: idle expiry, never past its absolute expiry. */
export function idleExpiryOf(session: SessionRow, lifetime: SessionLifetime): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + lifetime.idleMs, session.expiresAt.getTime()));
}

/** Opens a new session for `account`; answers its token, which exists nowhere else. */
export async function open(
  db: Database,
  account: AccountRow,
  lifetime: SessionLifetime,
  now: Date,
): Promise<{ token: string; session: SessionRow }> {
  const token = randomBytes(32).toString("base64url");
  const [session] = await db
    .insert(sessions)
    .values({
      id: idOfToken(token),
      accountId: account.id,
      chamberId: account.chamberId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + lifetime.maxMs),
    })
    .returning();
  return { token, session: session as SessionRow };
}

/**
 * The open session of `token` and its account, seen at `now`; undefined when there is none, or it
 * was revoked, has expired (idle or absolute), or its account is disabled. Moves the idle expiry
 * on, writing `last_seen_at` when it is more than a minute old.
 */
export async function authenticate(
  db: Database,
  token: string,
  lifetime: SessionLifetime,
  now: Date,
): Promise<OpenSession | undefined> {
  const [found] = await db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.id, idOfToken(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  if (!found || found.account.disabled) return undefined;
  if (now.getTime() >= found.session.lastSeenAt.getTime() + lifetime.idleMs) return undefined;
  if (now.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(
        and(
          eq(sessions.id, found.session.id),
          sql`${sessions.lastSeenAt} < ${now.toISOString()}::timestamptz`,
        ),
      );
    found.session.lastSeenAt = now;
  }
  return found;
}

/** Revokes one session (signing out); revoking a revoked one changes nothing. */
export async function revoke(db: Database, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Revokes every open session of an account (signing out everywhere). */
export async function revokeAll(db: Database, accountId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)));
}

/** Deletes sessions that ended (expired or revoked) before `before`; returns how many. */
export async function purgeEnded(db: Database, before: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, before), lt(sessions.revokedAt, before)))
    .returning({ id: sessions.id });
  return deleted.length;
}
