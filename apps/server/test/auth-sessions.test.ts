import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";
import {
  cookieOf,
  makeAccount,
  manualClock,
  PASSWORD,
  SAME_ORIGIN,
  sessionCookieFor,
  signIn,
} from "./auth-helpers";

const MINUTE = 60_000;
const clock = manualClock();
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: clock.now });
});
afterAll(() => t.close());

const session = (cookie: string) => t.app.inject({ url: "/auth/session", headers: { cookie } });
const post = (url: string, cookie: string, origin = SAME_ORIGIN) =>
  t.app.inject({ method: "POST", url, headers: { cookie, origin } });

describe("sign-in", () => {
  it("opens a session whose cookie reads it back, and never shows the password or its hash", async () => {
    const email = await makeAccount(t, { role: "viewer" });
    const response = await signIn(t, { email: email.toUpperCase() });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.account).toMatchObject({ email, role: "viewer", chamberId: "ma-09", disabled: false });
    expect(body.account.id).toMatch(/^acc_ma-09_/);
    expect(response.body).not.toContain(PASSWORD);
    expect(response.body).not.toContain("scrypt");
    const now = clock.now().getTime();
    expect(Date.parse(body.expiresAt)).toBe(now + 12 * 60 * MINUTE);
    expect(Date.parse(body.idleExpiresAt)).toBe(now + 30 * MINUTE);
    const read = await session(cookieOf(response));
    expect(read.statusCode).toBe(200);
    expect(read.json().account.id).toBe(body.account.id);
  });

  it("sets the cookie HttpOnly, SameSite=Lax, for the whole node, until the absolute expiry, not Secure over HTTP", async () => {
    const email = await makeAccount(t);
    const header = String((await signIn(t, { email })).headers["set-cookie"]);
    expect(header).toMatch(/^ghorfa_session=[A-Za-z0-9_-]{43}; /);
    expect(header).toContain("; HttpOnly");
    expect(header).toContain("; SameSite=Lax");
    expect(header).toContain("; Path=/");
    expect(header).toContain(`; Max-Age=${12 * 3600}`);
    expect(header).not.toContain("Secure");
  });

  it("makes a new token at every sign-in, and ends the session a cookie sent with it named", async () => {
    const email = await makeAccount(t);
    const first = await sessionCookieFor(t, email);
    const second = cookieOf(await signIn(t, { email }, { cookie: first, origin: SAME_ORIGIN }));
    expect(second).not.toBe(first);
    expect((await session(first)).statusCode).toBe(401);
    expect((await session(second)).statusCode).toBe(200);
  });

  it("answers 401 without a session, with an unknown token, and with a malformed cookie", async () => {
    expect((await t.app.inject({ url: "/auth/session" })).statusCode).toBe(401);
    expect((await session(`ghorfa_session=${"A".repeat(43)}`)).statusCode).toBe(401);
    expect((await session("ghorfa_session=not a token")).statusCode).toBe(401);
  });

  it("refuses a disabled account with the same 401", async () => {
    const email = await makeAccount(t);
    const { accounts } = await import("../src/db/schema");
    const { eq } = await import("drizzle-orm");
    await t.database.db.update(accounts).set({ disabled: true }).where(eq(accounts.email, email));
    const response = await signIn(t, { email });
    expect(response.statusCode).toBe(401);
  });
});

describe("sign-out", () => {
  it("ends this session only, and clears its cookie", async () => {
    const email = await makeAccount(t);
    const here = await sessionCookieFor(t, email);
    const there = await sessionCookieFor(t, email);
    const out = await post("/auth/sign-out", here);
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(/^ghorfa_session=; .*Max-Age=0/);
    expect((await session(here)).statusCode).toBe(401);
    expect((await session(there)).statusCode).toBe(200);
  });

  it("everywhere ends every session of the account, and no other account's", async () => {
    const email = await makeAccount(t);
    const other = await sessionCookieFor(t, await makeAccount(t));
    const here = await sessionCookieFor(t, email);
    const there = await sessionCookieFor(t, email);
    expect((await post("/auth/sign-out-everywhere", here)).statusCode).toBe(204);
    expect((await session(here)).statusCode).toBe(401);
    expect((await session(there)).statusCode).toBe(401);
    expect((await session(other)).statusCode).toBe(200);
  });

  it("answers 401 without a session that is still open, and clears the cookie all the same", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t));
    expect((await post("/auth/sign-out", cookie)).statusCode).toBe(204);
    const again = await post("/auth/sign-out", cookie);
    expect(again.statusCode).toBe(401);
    expect(String(again.headers["set-cookie"])).toMatch(/^ghorfa_session=; .*Max-Age=0/);
  });

  it("everywhere answers 401 without a session", async () => {
    const response = await t.app.inject({ method: "POST", url: "/auth/sign-out-everywhere" });
    expect(response.statusCode).toBe(401);
  });
});

describe("expiry", () => {
  it("ends a session left idle past the idle time, and keeps one in use alive", async () => {
    const idle = await sessionCookieFor(t, await makeAccount(t));
    const used = await sessionCookieFor(t, await makeAccount(t));
    for (let i = 0; i < 3; i++) {
      clock.advance(20 * MINUTE);
      expect((await session(used)).statusCode).toBe(200);
    }
    expect((await session(idle)).statusCode).toBe(401);
  });

  it("moves the idle expiry on with each request, at most once a minute", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t));
    const first = (await session(cookie)).json().idleExpiresAt;
    clock.advance(10_000);
    expect((await session(cookie)).json().idleExpiresAt).toBe(first);
    clock.advance(MINUTE);
    expect(Date.parse((await session(cookie)).json().idleExpiresAt)).toBe(
      clock.now().getTime() + 30 * MINUTE,
    );
  });

  it("ends a session at its absolute expiry, however busy", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t));
    for (let hours = 0; hours < 12 * 3; hours++) {
      clock.advance(20 * MINUTE);
      const status = (await session(cookie)).statusCode;
      expect(status).toBe(hours < 12 * 3 - 1 ? 200 : 401);
    }
  });
});
