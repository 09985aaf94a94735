import { PasswordReset, PasswordResetRequest, Session, SignIn } from "../entities/session";
import { route } from "../route";

const anyone = { kind: "public" } as const;
const COOKIE_NOTE =
  "The session travels in the `ghorfa_session` cookie (HttpOnly, SameSite=Lax): a browser sends it on its own. " +
  "A request it authenticates that changes anything must carry an `Origin` naming the node itself, or it is refused (403 `csrf-origin`).";

export const authRoutes = {
  "auth.signIn": route({
    method: "POST",
    path: "/auth/sign-in",
    summary: "Sign in to a chamber",
    description:
      "Opens a session for the account of `email` in `chamberId` and sets its cookie; every sign-in makes a new session. " +
      "A wrong address or a wrong password get the same 401. After repeated failures for one address, or from one client, " +
      `sign-in answers 429 until the window passes, even with the right password. ${COOKIE_NOTE}`,
    tag: "auth",
    body: SignIn,
    access: anyone,
    responses: { 200: Session },
    problems: ["csrf-origin"],
  }),
  "auth.session": route({
    method: "GET",
    path: "/auth/session",
    summary: "The current session",
    description: "The session of the request's cookie; 401 without one that is still open.",
    tag: "auth",
    access: anyone,
    needsSession: true,
    responses: { 200: Session },
  }),
  "auth.signOut": route({
    method: "POST",
    path: "/auth/sign-out",
    summary: "Sign out",
    description:
      "Ends the request's session and clears its cookie; 401 without a session that is still open (the cookie is cleared all the same).",
    tag: "auth",
    access: anyone,
    needsSession: true,
    responses: { 204: null },
  }),
  "auth.signOutEverywhere": route({
    method: "POST",
    path: "/auth/sign-out-everywhere",
    summary: "Sign out everywhere",
    description: "Ends every session of the request's account, on every device; 401 without a session.",
    tag: "auth",
    access: anyone,
    needsSession: true,
    responses: { 204: null },
  }),
  "auth.requestPasswordReset": route({
    method: "POST",
    path: "/auth/password-reset-requests",
    summary: "Ask for a password-reset link",
    description:
      "E-mails the account of `email` in `chamberId` a link to the chamber's reset page, `…/reset-password#token=…`; " +
      "the token is good once, for a short time (30 minutes unless the node says otherwise), and a newer link voids older ones. " +
      "The answer is the same 204 whether or not the address has an account, so it tells nobody which addresses exist. " +
      "Repeated requests for one address, or from one client, answer 429 until the window passes.",
    tag: "auth",
    body: PasswordResetRequest,
    access: anyone,
    responses: { 204: null },
    problems: ["csrf-origin"],
  }),
  "auth.resetPassword": route({
    method: "POST",
    path: "/auth/password-resets",
    summary: "Set a new password with a reset link's token",
    description:
      "Sets the password of the account the token of a password-reset link was sent to, spends the token, and ends every session of the account (sign in again after). " +
      "A token that is unknown, already used or expired answers 410 `invalid-token` and changes nothing.",
    tag: "auth",
    body: PasswordReset,
    access: anyone,
    responses: { 204: null },
    problems: ["csrf-origin", "invalid-token"],
  }),
};
