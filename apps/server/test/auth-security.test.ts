import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeStale } from "../src/http/housekeeping";
import { members } from "../src/services";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";
import { makeAccount, manualClock, PASSWORD, SAME_ORIGIN, sessionCookieFor, signIn } from "./auth-helpers";
import { expectRateLimited } from "./expect-problem";

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  },
});

const clock = manualClock();
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: clock.now, logs: sink });
});
afterAll(() => t.close());

const problemType = (kind: string) => `https://ghorfa.ma/problems/${kind}`;
const createMember = (cookie: string, n: number, origin: { origin?: string } = { origin: SAME_ORIGIN }) =>
  t.app.inject({
    method: "POST",
    url: "/chambers/ma-09/members",
    headers: { cookie, ...origin },
    payload: memberInput(n),
  });

describe("CSRF", () => {
  it("refuses a write the cookie authenticates from another origin, or with no Origin", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t, { role: "agent" }));
    for (const origin of [{ origin: "https://evil.example" }, { origin: "null" }, {}]) {
      const response = await createMember(cookie, 7101, origin);
      expect(response.statusCode, JSON.stringify(origin)).toBe(403);
      expect(response.json().type).toBe(problemType("csrf-origin"));
    }
  });

  it("takes a write the cookie authenticates from the node's own origin", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t, { role: "agent" }));
    expect((await createMember(cookie, 7102)).statusCode).toBe(201);
  });

  it("leaves requests with a bearer key alone, whatever their Origin, and lets the key win over a cookie", async () => {
    const viewer = await sessionCookieFor(t, await makeAccount(t, { role: "viewer" }));
    const response = await t.app.inject({
      method: "POST",
      url: "/chambers/ma-09/members",
      headers: { authorization: t.keys.soussMassa, cookie: viewer, origin: "https://evil.example" },
      payload: memberInput(7103),
    });
    expect(response.statusCode).toBe(201);
  });

  it("refuses a sign-in a browser sends from another origin, and takes one without Origin", async () => {
    const email = await makeAccount(t);
    const foreign = await signIn(t, { email }, { origin: "https://evil.example" });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().type).toBe(problemType("csrf-origin"));
    expect((await signIn(t, { email }, { origin: SAME_ORIGIN })).statusCode).toBe(200);
    expect((await signIn(t, { email })).statusCode).toBe(200);
  });
});

describe("roles", () => {
  it("give a viewer's session the reads and refuse it a write (403)", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t, { role: "viewer" }));
    const list = await t.app.inject({ url: "/chambers/ma-09/leases", headers: { cookie } });
    expect(list.statusCode).toBe(200);
    const write = await createMember(cookie, 7104);
    expect(write.statusCode).toBe(403);
    expect(write.json().type).toBe(problemType("forbidden"));
  });

  it("let an agent write members but not agreements, and a manager write agreements", async () => {
    const agent = await sessionCookieFor(t, await makeAccount(t, { role: "agent" }));
    const manager = await sessionCookieFor(t, await makeAccount(t, { role: "manager" }));
    expect((await createMember(agent, 7105)).statusCode).toBe(201);
    const agreement = (cookie: string) =>
      t.app.inject({
        method: "POST",
        url: "/chambers/ma-09/agreements",
        headers: { cookie, origin: SAME_ORIGIN },
        payload: {},
      });
    expect((await agreement(agent)).statusCode).toBe(403);
    // Past the scope check: the empty body is what is refused.
    expect((await agreement(manager)).statusCode).toBe(400);
  });

  it("never open the operator's routes, even to a chamber's admin", async () => {
    const admin = await sessionCookieFor(t, await makeAccount(t, { role: "admin" }));
    const response = await t.app.inject({ url: "/admin/keys", headers: { cookie: admin } });
    expect(response.statusCode).toBe(403);
  });
});

describe("a member's session", () => {
  it("reads its own member, another's as not found, and is refused the staff's lists (403)", async () => {
    const page = await members.list(t.database.db, { chamberId: "ma-09", limit: 2, status: "active" });
    const [own, other] = page.items;
    if (!own || !other) throw new Error("the seed has active members");
    const cookie = await sessionCookieFor(t, await makeAccount(t, { role: "member", memberId: own.id }));
    const get = (url: string) => t.app.inject({ url, headers: { cookie } });
    const mine = await get(`/chambers/ma-09/members/${own.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers["ghorfa-view"]).toBe("full");
    expect(mine.json().id).toBe(own.id);
    expect((await get(`/chambers/ma-09/members/${other.id}`)).json().type).toBe(problemType("not-found"));
    const units = await get("/chambers/ma-09/units");
    expect(units.statusCode).toBe(403);
    expect(units.json().type).toBe(problemType("forbidden"));
    expect((await get("/auth/session")).json().account).toMatchObject({ role: "member", memberId: own.id });
  });
});

describe("tenancy", () => {
  it("gives a session of ma-09 nothing of ma-06 beyond what anyone sees", async () => {
    const cookie = await sessionCookieFor(t, await makeAccount(t, { role: "admin" }));
    const leases = await t.app.inject({ url: "/chambers/ma-06/leases", headers: { cookie } });
    expect(leases.statusCode).toBe(403);
    const list = await t.app.inject({ url: "/chambers/ma-06/members", headers: { cookie } });
    expect(list.headers["ghorfa-view"]).toBe("public");
    const write = await t.app.inject({
      method: "POST",
      url: "/chambers/ma-06/members",
      headers: { cookie, origin: SAME_ORIGIN },
      payload: memberInput(7106, { chamberId: "ma-06" } as never),
    });
    expect(write.statusCode).toBe(403);
  });

  it("signs in only to the chamber the account belongs to", async () => {
    const email = await makeAccount(t, { chamberId: "ma-09" });
    const response = await signIn(t, { email, chamberId: "ma-06" });
    expect(response.statusCode).toBe(401);
  });
});

describe("no enumeration", () => {
  it("answers an unknown address and a wrong password with the same problem", async () => {
    const email = await makeAccount(t);
    const unknown = await signIn(t, { email: `nobody-${email}` });
    const wrong = await signIn(t, { email, password: "not the password at all" });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (body: { requestId?: string }) => ({ ...body, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(unknown.headers["set-cookie"]).toBeUndefined();
  });

  it("refuses a password outside 12 to 256 characters with its own issue code", async () => {
    const response = await signIn(t, { email: "someone@auth.test", password: "short" });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ pointer: "/body/password", code: "password_length" }),
    ]);
  });
});

describe("throttling", () => {
  it("refuses sign-in after 5 failures for one address, even with the right password, until the window passes", async () => {
    const email = await makeAccount(t);
    for (let i = 0; i < 5; i++) {
      expect((await signIn(t, { email, password: "wrong password number" })).statusCode).toBe(401);
    }
    expectRateLimited(await signIn(t, { email }));
    // The purge of the request limits' short windows leaves the sign-in window whole.
    await purgeStale(t.database.db, { windowSeconds: 60, now: new Date(clock.now().getTime() + 5 * 60_000) });
    expectRateLimited(await signIn(t, { email }));
    // Another address from the same client is still taken.
    expect((await signIn(t, { email: await makeAccount(t) })).statusCode).toBe(200);
    clock.advance(15 * 60_000);
    expect((await signIn(t, { email })).statusCode).toBe(200);
  });

  it("refuses sign-in from one client after 20 failures across addresses", async () => {
    clock.advance(15 * 60_000);
    const remote = { remoteAddress: "203.0.113.7" };
    const attempt = (email: string, password: string) =>
      t.app.inject({
        method: "POST",
        url: "/auth/sign-in",
        ...remote,
        payload: { chamberId: "ma-09", email, password },
      });
    for (let i = 0; i < 20; i++) {
      expect((await attempt(`guess-${i}@auth.test`, "wrong password number")).statusCode).toBe(401);
    }
    expectRateLimited(await attempt(await makeAccount(t), PASSWORD));
  });

  it("lets another client sign in whatever one client's failures, but an address's limit holds from everywhere", async () => {
    clock.advance(15 * 60_000);
    const from = (remoteAddress: string, email: string, password: string) =>
      t.app.inject({
        method: "POST",
        url: "/auth/sign-in",
        remoteAddress,
        payload: { chamberId: "ma-09", email, password },
      });
    const target = await makeAccount(t);
    for (let i = 0; i < 25; i++) {
      const email = i < 5 ? target : `guess-${i}@auth.test`;
      const status = (await from("203.0.113.20", email, "wrong password number")).statusCode;
      expect(status).toBe(i < 20 ? 401 : 429);
    }
    expectRateLimited(await from("203.0.113.20", await makeAccount(t), PASSWORD));
    // Another client is not refused for the first one's failures…
    expect((await from("203.0.113.21", await makeAccount(t), PASSWORD)).statusCode).toBe(200);
    // …but the address the guesses aimed at is refused from every client until the window passes.
    expectRateLimited(await from("203.0.113.21", target, PASSWORD));
    clock.advance(15 * 60_000);
    expect((await from("203.0.113.21", target, PASSWORD)).statusCode).toBe(200);
  });
});

describe("logs", () => {
  it("never hold the password, the session token or the cookie", async () => {
    const email = await makeAccount(t);
    const cookie = await sessionCookieFor(t, email);
    await signIn(t, { email, password: "a wrong password, logged nowhere" });
    await t.app.inject({ url: "/auth/session", headers: { cookie } });
    const token = cookie.split("=")[1] as string;
    const text = lines.join("\n");
    expect(text).toContain("/auth/sign-in");
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain("a wrong password, logged nowhere");
    expect(text).not.toContain(token);
  });
});
