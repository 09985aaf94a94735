import type { Session } from "@ghorfa/contract";
import { accounts, passwords, sessions, signInThrottle } from "../../services";
import type { Handler, HandlerContext } from "../handler";
import { ProblemError } from "../problem";
import { sessionCookie } from "../session-cookie";

type Lifetime = sessions.SessionLifetime;

function sessionOf(open: sessions.OpenSession, lifetime: Lifetime): Session {
  return {
    account: accounts.toAccountView(open.account),
    expiresAt: open.session.expiresAt.toISOString(),
    idleExpiresAt: sessions.idleExpiryOf(open.session, lifetime).toISOString(),
  };
}

const clearCookie = (context: HandlerContext<"auth.signOut" | "auth.signOutEverywhere">) =>
  context.http.setCookie(sessionCookie(undefined, { secure: context.http.secureCookie, maxAgeSeconds: 0 }));

/**
 * Signs in. Every failure is the same 401, and costs the same scrypt hash whether or not the
 * address has an account, so neither the answer nor its time tells which addresses exist.
 */
export const authSignIn: Handler<"auth.signIn"> = async ({ db, input, config, caller, now, http }) => {
  const { chamberId, email, password } = input.body;
  const attempt = { chamberId, email, address: http.address, now };
  const wait = await signInThrottle.refusal(db, attempt);
  if (wait !== undefined)
    throw new ProblemError("rate-limited", { retryAfter: wait, headers: { "retry-after": String(wait) } });
  const account = await accounts.findForSignIn(db, chamberId, email);
  const matches = await passwords.verifyPassword(
    password,
    account?.passwordHash ?? (await passwords.dummyHash()),
  );
  if (!account || !matches || account.disabled) {
    await signInThrottle.failed(db, attempt);
    throw new ProblemError("unauthorized");
  }
  // The session a cookie sent with the sign-in named ends: a sign-in never continues one.
  if (caller?.session) await sessions.revoke(db, caller.session.session.id, now);
  const { token, session } = await sessions.open(db, account, config.session, now);
  http.setCookie(
    sessionCookie(token, {
      secure: http.secureCookie,
      maxAgeSeconds: (session.expiresAt.getTime() - now.getTime()) / 1000,
    }),
  );
  return { body: sessionOf({ session, account }, config.session) };
};

export const authSession: Handler<"auth.session"> = async ({ caller, config }) => {
  if (!caller?.session) throw new ProblemError("unauthorized");
  return { body: sessionOf(caller.session, config.session) };
};

export const authSignOut: Handler<"auth.signOut"> = async (context) => {
  const { caller, db, now } = context;
  // The cookie is cleared even when its session had already ended, and the 401 says so.
  clearCookie(context);
  if (!caller?.session) throw new ProblemError("unauthorized");
  await sessions.revoke(db, caller.session.session.id, now);
  return { body: undefined };
};

export const authSignOutEverywhere: Handler<"auth.signOutEverywhere"> = async (context) => {
  const { caller, db, now } = context;
  if (!caller?.session) throw new ProblemError("unauthorized");
  await sessions.revokeAll(db, caller.session.account.id, now);
  clearCookie(context);
  return { body: undefined };
};
