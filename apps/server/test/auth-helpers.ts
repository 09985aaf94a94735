import type { AccountRole, ChamberId, MemberId } from "@ghorfa/schemas";
import type { LightMyRequestResponse } from "fastify";
import { accounts } from "../src/services";
import type { TestApp } from "./app-fixture";
import { SAME_ORIGIN } from "./samples";

export const PASSWORD = "correct horse battery staple";
export { SAME_ORIGIN };

let made = 0;

/** Makes an account and answers its address. */
export async function makeAccount(
  t: TestApp,
  options: { role?: AccountRole; chamberId?: ChamberId; memberId?: MemberId; disabled?: boolean } = {},
): Promise<string> {
  const email = `person-${++made}-${Date.now()}@auth.test`;
  await accounts.create(t.database.db, {
    chamberId: options.chamberId ?? "ma-09",
    email,
    displayName: "A person",
    role: options.role ?? "agent",
    memberId: options.memberId,
    password: PASSWORD,
  });
  return email;
}

export function signIn(
  t: TestApp,
  body: { email: string; password?: string; chamberId?: ChamberId },
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: "POST",
    url: "/auth/sign-in",
    headers,
    payload: { chamberId: body.chamberId ?? "ma-09", email: body.email, password: body.password ?? PASSWORD },
  });
}

/** The `name=value` of the response's session cookie, to send back in Cookie. */
export function cookieOf(response: LightMyRequestResponse): string {
  const header = response.headers["set-cookie"];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new Error(`no Set-Cookie (status ${response.statusCode}: ${response.body})`);
  return value.split(";")[0] as string;
}

/** Signs in and answers the cookie to send back. */
export async function sessionCookieFor(t: TestApp, email: string, chamberId?: ChamberId): Promise<string> {
  const response = await signIn(t, { email, ...(chamberId ? { chamberId } : {}) });
  if (response.statusCode !== 200)
    throw new Error(`sign-in answered ${response.statusCode}: ${response.body}`);
  return cookieOf(response);
}

/** A clock a test moves by hand. */
export function manualClock(start = new Date("2026-03-02T09:00:00.000Z")) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}
