import type { Named } from "@ghorfa/schemas";
import { AccountEmail, AccountView, ChamberId, IsoDateTime, Password } from "@ghorfa/schemas";
import * as z from "zod";
import { own } from "../owned";

/** The name of the cookie that carries a sign-in session's token. */
export const SESSION_COOKIE = "ghorfa_session";

const signInSchema = z.object({ chamberId: ChamberId, email: AccountEmail, password: Password });
/** The type of `SignIn`, named so that declarations refer to it rather than restate it. */
export interface SignInSchema extends Named<typeof signInSchema> {}
/** What a person sends to sign in to a chamber. */
export const SignIn: SignInSchema = signInSchema;
export type SignIn = z.infer<typeof SignIn>;

const sessionSchema = z.object({
  account: AccountView,
  /** When the session ends whatever happens: sign in again after. */
  expiresAt: IsoDateTime,
  /** When the session ends unless a request comes before; each request moves it on. */
  idleExpiresAt: IsoDateTime,
});
/** The type of `Session`, named so that declarations refer to it rather than restate it. */
export interface SessionSchema extends Named<typeof sessionSchema> {}
/** A sign-in session as its holder sees it: who is signed in, and until when. Never its token. */
export const Session: SessionSchema = sessionSchema;
export type Session = z.infer<typeof Session>;

const passwordResetRequestSchema = z.object({ chamberId: ChamberId, email: AccountEmail });
/** The type of `PasswordResetRequest`, named so that declarations refer to it rather than restate it. */
export interface PasswordResetRequestSchema extends Named<typeof passwordResetRequestSchema> {}
/** What a person who forgot their password sends: the chamber and the address they sign in with. */
export const PasswordResetRequest: PasswordResetRequestSchema = passwordResetRequestSchema;
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/**
 * The token of a password-reset link. Any text is taken, so that a link cut short in a mail
 * client gets the same `invalid-token` as an expired one rather than a validation error.
 */
export const ResetToken = own(
  z.string().min(1).max(256),
  "transport: the secret of a one-time link, opaque to its holder",
);

const passwordResetSchema = z.object({ token: ResetToken, password: Password });
/** The type of `PasswordReset`, named so that declarations refer to it rather than restate it. */
export interface PasswordResetSchema extends Named<typeof passwordResetSchema> {}
/** The token of a password-reset link and the new password. */
export const PasswordReset: PasswordResetSchema = passwordResetSchema;
export type PasswordReset = z.infer<typeof PasswordReset>;
