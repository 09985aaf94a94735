import { createHash } from "node:crypto";
import type { ChamberId } from "@ghorfa/schemas";
import type { Database } from "../db/connect";
import { count } from "./rate-limits";

// Failed sign-ins are counted in the rate-limit table, in fixed windows, so that every replica
// counts them together. Two counters: one per account address (a guesser aiming at one person),
// one per client address (a guesser trying many). While either is full, sign-in is refused before
// the password is checked, a right one too: telling would let the guessing go on.
// Password-reset requests are counted the same way, every one of them (each may send an e-mail),
// in counters of their own: flooding someone's inbox is not a failed sign-in.

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 20;
/** What every key id of these counters starts with, so that the purge keeps them their whole window. */
export const BUCKET_PREFIX = "sign-in";

/** Password-reset requests one account address, and one client, may make in a window. */
export const RESETS_PER_ACCOUNT = 5;
export const RESETS_PER_ADDRESS = 20;

/** What is counted: failed sign-ins, or password-reset requests. */
export type Counted = "sign-in" | "reset";

const LIMITS = {
  "sign-in": { account: FAILURES_PER_ACCOUNT, address: FAILURES_PER_ADDRESS, prefix: BUCKET_PREFIX },
  reset: { account: RESETS_PER_ACCOUNT, address: RESETS_PER_ADDRESS, prefix: `${BUCKET_PREFIX}-reset` },
} as const satisfies Record<Counted, { account: number; address: number; prefix: string }>;

export interface SignInAttempt {
  chamberId: ChamberId;
  email: string;
  address: string;
  now: Date;
}

// The address is hashed so that the table lists no e-mail addresses.
const accountBucket = (attempt: SignInAttempt, prefix: string) =>
  `${prefix}:${attempt.chamberId}:${createHash("sha256").update(attempt.email.toLowerCase()).digest("base64url")}`;
const addressBucket = (attempt: SignInAttempt, prefix: string) => `${prefix}-ip:${attempt.address}`;

async function counted(db: Database, attempt: SignInAttempt, requests: number, what: Counted) {
  const window = { windowSeconds: SIGN_IN_WINDOW_SECONDS, requests, now: attempt.now };
  const { prefix } = LIMITS[what];
  const [account, address] = await Promise.all([
    count(db, { keyId: accountBucket(attempt, prefix), ...window }),
    count(db, { keyId: addressBucket(attempt, prefix), ...window }),
  ]);
  return { account, address };
}

/** Seconds until sign-in (or a reset request) is taken again for this attempt; undefined when it is taken now. */
export async function refusal(
  db: Database,
  attempt: SignInAttempt,
  what: Counted = "sign-in",
): Promise<number | undefined> {
  const { account, address } = await counted(db, attempt, 0, what);
  const limits = LIMITS[what];
  const waits = [
    account.count >= limits.account ? account.retryAfter : 0,
    address.count >= limits.address ? address.retryAfter : 0,
  ];
  const wait = Math.max(...waits);
  return wait > 0 ? wait : undefined;
}

/** Counts a failed sign-in (or a reset request) against its account address and its client address. */
export async function failed(db: Database, attempt: SignInAttempt, what: Counted = "sign-in"): Promise<void> {
  await counted(db, attempt, 1, what);
}
