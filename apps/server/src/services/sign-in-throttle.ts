import { createHash } from "node:crypto";
import type { ChamberId } from "@ghorfa/schemas";
import type { Database } from "../db/connect";
import { count } from "./rate-limits";

// Failed sign-ins are counted in the rate-limit table, in fixed windows, so that every replica
// counts them together. Two counters: one per account address (a guesser aiming at one person),
// one per client address (a guesser trying many). While either is full, sign-in is refused before
// the password is checked, a right one too: telling would let the guessing go on.

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 20;
/** What every key id of these counters starts with, so that the purge keeps them their whole window. */
export const BUCKET_PREFIX = "sign-in";

export interface SignInAttempt {
  chamberId: ChamberId;
  email: string;
  address: string;
  now: Date;
}

// The address is hashed so that the table lists no e-mail addresses.
const accountBucket = (attempt: SignInAttempt) =>
  `${BUCKET_PREFIX}:${attempt.chamberId}:${createHash("sha256").update(attempt.email.toLowerCase()).digest("base64url")}`;
const addressBucket = (attempt: SignInAttempt) => `${BUCKET_PREFIX}-ip:${attempt.address}`;

async function counted(db: Database, attempt: SignInAttempt, requests: number) {
  const window = { windowSeconds: SIGN_IN_WINDOW_SECONDS, requests, now: attempt.now };
  const [account, address] = await Promise.all([
    count(db, { keyId: accountBucket(attempt), ...window }),
    count(db, { keyId: addressBucket(attempt), ...window }),
  ]);
  return { account, address };
}

/** Seconds until sign-in is taken again for this attempt; undefined when it is taken now. */
export async function refusal(db: Database, attempt: SignInAttempt): Promise<number | undefined> {
  const { account, address } = await counted(db, attempt, 0);
  const waits = [
    account.count >= FAILURES_PER_ACCOUNT ? account.retryAfter : 0,
    address.count >= FAILURES_PER_ADDRESS ? address.retryAfter : 0,
  ];
  const wait = Math.max(...waits);
  return wait > 0 ? wait : undefined;
}

/** Counts a failed sign-in against its account address and its client address. */
export async function failed(db: Database, attempt: SignInAttempt): Promise<void> {
  await counted(db, attempt, 1);
}
