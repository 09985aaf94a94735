import { createHash, timingSafeEqual } from "node:crypto";
import { type Caller, scopesOfRole } from "@ghorfa/contract";
import { CHAMBER_IDS, type ChamberId } from "@ghorfa/schemas";
import type { Database } from "../db/connect";
import { sessions } from "../services";
import type { KeyGate } from "./key-gate";
import { ProblemError } from "./problem";

/** The key behind a request: its id (for logs, idempotency and rate limits), chamber and scopes. */
export interface Principal extends Caller {
  readonly keyId: string;
  readonly chamberId: ChamberId;
  /** The sign-in session the request came with, when it came with one rather than a key. */
  readonly session?: sessions.OpenSession;
}

const BEARER = /^Bearer +([\x21-\x7E]{1,512})$/i;

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** The key id of the operator's key, which no stored key has (theirs are `key_…` ids). */
export const OPERATOR_KEY_ID = "admin";

/**
 * The operator's key is configuration (GHORFA_ADMIN_KEY, or the one generated in the data folder),
 * the same on every replica, not a row: it cannot be revoked through the API it administers. It
 * carries only `admin`; the chamber it names is never used, since no other scope goes with it.
 */
export function operatorCheck(secret: string | undefined): (presented: string) => Principal | undefined {
  if (secret === undefined) return () => undefined;
  const expected = sha256(secret);
  const operator: Principal = { keyId: OPERATOR_KEY_ID, chamberId: CHAMBER_IDS[0], scopes: ["admin"] };
  return (presented) => (timingSafeEqual(sha256(presented), expected) ? operator : undefined);
}

export interface Authenticated {
  caller: Principal | null;
}

const rateLimited = (retryAfter: number) =>
  new ProblemError("rate-limited", { retryAfter, headers: { "retry-after": String(retryAfter) } });

/**
 * The caller of a request, once counted against its rate limit: null without an Authorization
 * header (counted by address); 401 for a header that is not a bearer key, or a key that is
 * unknown, revoked or expired (never which, to give a guesser nothing); 429 past the limit.
 * Unknown keys are counted per address: past `keyAttempts` in a window, every key from that
 * address gets 429 before it is looked up, a valid one too, since telling which would take the
 * lookup that a guesser must not get for free.
 */
export async function admit(
  gate: KeyGate,
  operator: (presented: string) => Principal | undefined,
  request: { authorization: string | undefined; address: string },
): Promise<Principal | null> {
  const { authorization } = request;
  const secret = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
  if (authorization !== undefined && secret === undefined) throw new ProblemError("unauthorized");
  const asOperator = secret === undefined ? undefined : operator(secret);
  if (secret !== undefined && !asOperator) {
    const wait = gate.refusesKeysFrom(request.address);
    if (wait !== undefined) throw rateLimited(wait);
  }
  const admission = asOperator
    ? await gate.admit({ bucket: "operator" })
    : await gate.admit(secret === undefined ? { bucket: `ip:${request.address}` } : { secret, bucket: "" });
  if (!admission.known) {
    await gate.keyFailed(request.address);
    throw new ProblemError("unauthorized");
  }
  if (!admission.allowed) throw rateLimited(admission.retryAfter);
  return asOperator ?? admission.principal;
}

/**
 * The caller of a request that came with a session cookie and no Authorization header: the
 * session's account, with the scopes of its role, counted against its rate limit by account like a
 * key. A cookie whose session is unknown, revoked or expired is no caller at all: the request is
 * served as anonymous (a browser keeps sending a cookie after its session ended), and a route that
 * needs a caller answers 401 as without one.
 */
export async function admitSession(
  gate: KeyGate,
  db: Database,
  request: { token: string; address: string; lifetime: sessions.SessionLifetime; now: Date },
): Promise<Principal | null> {
  const open = await sessions.authenticate(db, request.token, request.lifetime, request.now);
  if (!open) {
    const admission = await gate.admit({ bucket: `ip:${request.address}` });
    if (!admission.allowed) throw rateLimited(admission.retryAfter);
    return null;
  }
  const admission = await gate.admit({ bucket: `account:${open.account.id}` });
  if (!admission.allowed) throw rateLimited(admission.retryAfter);
  return {
    keyId: open.account.id,
    chamberId: open.account.chamberId,
    scopes: scopesOfRole(open.account.role),
    session: open,
  };
}
