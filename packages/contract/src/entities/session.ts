import type { Named } from "@ghorfa/schemas";
import { AccountEmail, AccountView, ChamberId, IsoDateTime, Password } from "@ghorfa/schemas";
import * as z from "zod";

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
