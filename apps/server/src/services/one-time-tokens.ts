import { createHash, randomBytes } from "node:crypto";
import type { ChamberId } from "@ghorfa/schemas";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { oneTimeTokens } from "../db/schema";

// A one-time token is a secret sent by e-mail that lets its holder do one thing once: reset a
// password, accept an invitation. The token itself only ever exists in the e-mail; the database
// keys the row by its sha256, which is enough since 32 random bytes cannot be guessed (no salt
// or slow hash needed, unlike a password). A token is spent by one conditional UPDATE, so two
// requests racing with the same link cannot both get through.

/** What a token is for; a token of one purpose is refused by every other. */
export const TOKEN_PURPOSES = ["password-reset", "invitation"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export interface IssueTokenInput {
  readonly purpose: TokenPurpose;
  /** Whom the token acts for, e.g. an account id. */
  readonly subject: string;
  readonly chamberId?: ChamberId | undefined;
  readonly ttlMinutes: number;
  readonly now?: Date | undefined;
}

export interface IssuedToken {
  /** The secret to put in the link; not stored, not retrievable later. */
  readonly token: string;
  readonly expiresAt: Date;
}

/** sha256 (hex) of a token: the row's key. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a token for `subject` and revokes the subject's earlier unspent tokens of the same
 * purpose: only the last link e-mailed works, so an older e-mail left in an inbox opens nothing.
 */
export async function issue(db: Database, input: IssueTokenInput): Promise<IssuedToken> {
  if (!Number.isInteger(input.ttlMinutes) || input.ttlMinutes < 1)
    throw new RangeError("ttlMinutes must be a whole number of minutes, at least 1");
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + input.ttlMinutes * 60_000);
  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    // Two issues for one subject at once (a double click) would each delete before the other's
    // insert is visible, and leave two live tokens; the lock makes them take turns.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`ghorfa.one-time-token:${input.purpose}:${input.subject}`}))`,
    );
    await tx
      .delete(oneTimeTokens)
      .where(
        and(
          eq(oneTimeTokens.purpose, input.purpose),
          eq(oneTimeTokens.subject, input.subject),
          isNull(oneTimeTokens.usedAt),
        ),
      );
    await tx.insert(oneTimeTokens).values({
      id: hashToken(token),
      purpose: input.purpose,
      subject: input.subject,
      chamberId: input.chamberId ?? null,
      createdAt: now,
      expiresAt,
    });
  });
  return { token, expiresAt };
}

/** Why a token was refused. A revoked token is `unknown`: its row is gone. */
export type RedeemFailure = "unknown" | "expired" | "used" | "wrong-purpose";

export type RedeemResult =
  | { readonly ok: true; readonly subject: string; readonly chamberId: ChamberId | null }
  | { readonly ok: false; readonly reason: RedeemFailure };

/** Spends a token: the first redeem of a live token gets its subject, every later one `used`. */
export async function redeem(
  db: Database,
  input: { readonly purpose: TokenPurpose; readonly token: string; readonly now?: Date | undefined },
): Promise<RedeemResult> {
  const now = input.now ?? new Date();
  const id = hashToken(input.token);
  // One statement both checks and spends: concurrent redeems queue on the row's lock, and the
  // ones after the first see `used_at` set and match nothing.
  const [spent] = await db
    .update(oneTimeTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(oneTimeTokens.id, id),
        eq(oneTimeTokens.purpose, input.purpose),
        isNull(oneTimeTokens.usedAt),
        sql`${oneTimeTokens.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ subject: oneTimeTokens.subject, chamberId: oneTimeTokens.chamberId });
  if (spent) return { ok: true, subject: spent.subject, chamberId: spent.chamberId };

  const [row] = await db
    .select({ purpose: oneTimeTokens.purpose, usedAt: oneTimeTokens.usedAt })
    .from(oneTimeTokens)
    .where(eq(oneTimeTokens.id, id));
  if (!row) return { ok: false, reason: "unknown" };
  // Another purpose's token says nothing more of itself: not whether it was used or is still live.
  if (row.purpose !== input.purpose) return { ok: false, reason: "wrong-purpose" };
  return { ok: false, reason: row.usedAt !== null ? "used" : "expired" };
}

/** Deletes the tokens past their expiry, used or not (housekeeping); returns how many. */
export async function purgeExpired(db: Database, now: Date = new Date()): Promise<number> {
  const deleted = await db
    .delete(oneTimeTokens)
    .where(lt(oneTimeTokens.expiresAt, now))
    .returning({ id: oneTimeTokens.id });
  return deleted.length;
}
