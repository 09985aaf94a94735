import type { Session } from "@ghorfa/contract";
import { passwordResetMail } from "../../mail/password-reset-mail";
import { accounts, oneTimeTokens, passwords, sessions, signInThrottle } from "../../services";
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

const rateLimited = (wait: number) =>
  new ProblemError("rate-limited", { retryAfter: wait, headers: { "retry-after": String(wait) } });

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
  if (wait !== undefined) throw rateLimited(wait);
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

/**
 * E-mails a password-reset link to the account of the address, if there is one that may sign in.
 * The answer is the same 204 either way, and comes before the e-mail is sent: the mail server's
 * time would otherwise tell which addresses have an account. Every request counts against the
 * address's and the client's limits, whether or not the address has an account.
 */
export const authRequestPasswordReset: Handler<"auth.requestPasswordReset"> = async ({
  db,
  input,
  config,
  locale,
  mailer,
  now,
  http,
}) => {
  const { chamberId, email } = input.body;
  const attempt = { chamberId, email, address: http.address, now };
  const wait = await signInThrottle.refusal(db, attempt, "reset");
  if (wait !== undefined) throw rateLimited(wait);
  await signInThrottle.failed(db, attempt, "reset");
  const account = await accounts.findForSignIn(db, chamberId, email);
  if (!account || account.disabled) return { body: undefined };
  const validMinutes = config.passwordResetMinutes;
  const { token } = await oneTimeTokens.issue(db, {
    purpose: "password-reset",
    subject: account.id,
    chamberId,
    ttlMinutes: validMinutes,
    now,
  });
  // A fragment, not a query: the browser never sends it, so no log or Referer ever holds the token.
  const link = `${http.origin}/reset-password#token=${token}`;
  const send = async () =>
    mailer.send(await passwordResetMail({ to: account.email, locale, link, validMinutes }));
  send().catch((err: unknown) =>
    http.log.error({ err, account: account.id }, "password-reset e-mail not sent"),
  );
  return { body: undefined };
};

/**
 * Sets a new password with a reset link's token: the token is spent and the password changed in
 * one transaction, then every session of the account ends (whoever held one may be who the
 * reset is meant to shut out). The password is hashed before, not while rows are locked.
 */
export const authResetPassword: Handler<"auth.resetPassword"> = async ({ db, input, now }) => {
  const { token, password } = input.body;
  const passwordHash = await passwords.hashPassword(password);
  const redeemed = await db.transaction(async (tx) => {
    const result = await oneTimeTokens.redeem(tx, { purpose: "password-reset", token, now });
    if (result.ok) {
      await accounts.setPasswordHash(tx, result.subject, passwordHash, now);
      await sessions.revokeAll(tx, result.subject, now);
    }
    return result;
  });
  if (!redeemed.ok) throw new ProblemError("invalid-token");
  return { body: undefined };
};
