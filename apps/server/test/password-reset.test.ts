import { eq } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, oneTimeTokens } from "../src/db/schema";
import { createSmtpMailer, type MailMessage, memoryMailer } from "../src/mail/mailer";
import { hashToken } from "../src/services/one-time-tokens";
import { openTestApp, type TestApp } from "./app-fixture";
import { makeAccount, manualClock, PASSWORD, SAME_ORIGIN, sessionCookieFor, signIn } from "./auth-helpers";
import { expectRateLimited } from "./expect-problem";

const MINUTE = 60_000;
const NEW_PASSWORD = "a brand new horse battery";
const clock = manualClock();
const mailer = memoryMailer();
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ now: clock.now, mailer });
});
afterAll(() => t.close());

/** The address can ask this many resets per window: each test moves the clock past the window first. */
const freshWindow = () => clock.advance(16 * MINUTE);

const requestReset = (email: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({
    method: "POST",
    url: "/auth/password-reset-requests",
    headers,
    ...(remoteAddress ? { remoteAddress } : {}),
    payload: { chamberId: "ma-09", email },
  });

const reset = (token: string, password = NEW_PASSWORD, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/auth/password-resets", headers, payload: { token, password } });

/** The mail sent to `to` once it arrives (it is sent after the answer). */
async function mailTo(to: string): Promise<MailMessage> {
  await expect.poll(() => mailer.sent.some((m) => m.to === to), { timeout: 5_000 }).toBe(true);
  return mailer.sent.filter((m) => m.to === to).at(-1) as MailMessage;
}

const tokenOf = (mail: MailMessage) => {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no token in ${mail.text}`);
  return match[1];
};

describe("asking for a reset", () => {
  it("mails a link to the node's reset page with the token in its fragment, and keeps only its hash", async () => {
    freshWindow();
    const email = await makeAccount(t);
    const response = await requestReset(email.toUpperCase());
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    const mail = await mailTo(email);
    expect(mail.text).toMatch(/http:\/\/localhost:80\/reset-password#token=[A-Za-z0-9_-]{43}\n/);
    expect(mail.html).toContain('href="http://localhost:80/reset-password#token=');
    const token = tokenOf(mail);
    const rows = await t.database.db.select().from(oneTimeTokens);
    expect(JSON.stringify(rows)).not.toContain(token);
    const row = rows.find((r) => r.id === hashToken(token));
    expect(row?.expiresAt.getTime()).toBe(clock.now().getTime() + 30 * MINUTE);
  });

  it("answers an unknown address and a disabled account exactly as a known one, and mails neither", async () => {
    freshWindow();
    const known = await makeAccount(t);
    const disabled = await makeAccount(t);
    await t.database.db.update(accounts).set({ disabled: true }).where(eq(accounts.email, disabled));
    const unknown = `nobody-${Date.now()}@auth.test`;
    const answers = await Promise.all([known, disabled, unknown].map((email) => requestReset(email)));
    const shape = (r: (typeof answers)[number]) => ({
      status: r.statusCode,
      body: r.body,
      headers: Object.keys(r.headers)
        .filter((h) => !["x-request-id", "date"].includes(h))
        .sort(),
    });
    expect(shape(answers[1] as never)).toEqual(shape(answers[0] as never));
    expect(shape(answers[2] as never)).toEqual(shape(answers[0] as never));
    await mailTo(known);
    expect(mailer.sent.some((m) => m.to === disabled || m.to === unknown)).toBe(false);
  });

  it("answers the same 204 when the mail server fails: the answer never waits on the mail", async () => {
    const failing = await openTestApp({
      mailer: {
        send: () => Promise.reject(new Error("mail server down")),
      },
    });
    try {
      const email = await makeAccount(failing);
      const response = await failing.app.inject({
        method: "POST",
        url: "/auth/password-reset-requests",
        payload: { chamberId: "ma-09", email },
      });
      expect(response.statusCode).toBe(204);
    } finally {
      await failing.close();
    }
  });

  it("writes the mail in the language the request asks for", async () => {
    freshWindow();
    const email = await makeAccount(t);
    await requestReset(email, { "accept-language": "fr-MA" });
    expect((await mailTo(email)).subject).toBe("Réinitialisation de votre mot de passe");
  });

  it("refuses a request another site's page sends (403 csrf-origin), and mails nothing", async () => {
    freshWindow();
    const email = await makeAccount(t);
    const response = await requestReset(email, { origin: "https://evil.example" });
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toBe("https://ghorfa.ma/problems/csrf-origin");
    expect((await requestReset(email, { origin: SAME_ORIGIN })).statusCode).toBe(204);
    await mailTo(email);
    expect(mailer.sent.filter((m) => m.to === email)).toHaveLength(1);
  });

  it("answers 429 with Retry-After past 5 requests for one address, known or not, until the window passes", async () => {
    freshWindow();
    const known = await makeAccount(t);
    const unknown = `nobody-${Date.now()}@auth.test`;
    for (const email of [known, unknown]) {
      for (let i = 0; i < 5; i++) expect((await requestReset(email)).statusCode).toBe(204);
      expectRateLimited(await requestReset(email));
    }
    freshWindow();
    expect((await requestReset(known)).statusCode).toBe(204);
  });

  it("answers 429 past 20 requests from one client across addresses", async () => {
    freshWindow();
    for (let i = 0; i < 20; i++) {
      expect((await requestReset(`many-${i}@auth.test`, {}, "198.51.100.9")).statusCode).toBe(204);
    }
    expectRateLimited(await requestReset(await makeAccount(t), {}, "198.51.100.9"));
    expect((await requestReset(await makeAccount(t), {}, "198.51.100.10")).statusCode).toBe(204);
  });
});

describe("resetting the password", () => {
  it("sets the new password, spends the token, and ends every session of the account only", async () => {
    freshWindow();
    const email = await makeAccount(t);
    const otherAccount = await sessionCookieFor(t, await makeAccount(t));
    const before = await sessionCookieFor(t, email);
    await requestReset(email);
    const token = tokenOf(await mailTo(email));
    const response = await reset(token);
    expect(response.statusCode).toBe(204);
    expect(response.headers["set-cookie"]).toBeUndefined();
    expect((await signIn(t, { email })).statusCode).toBe(401);
    expect((await signIn(t, { email, password: NEW_PASSWORD })).statusCode).toBe(200);
    const session = (cookie: string) => t.app.inject({ url: "/auth/session", headers: { cookie } });
    expect((await session(before)).statusCode).toBe(401);
    expect((await session(otherAccount)).statusCode).toBe(200);
    // Used once: a second use is refused, and the password stays.
    const again = await reset(token, "yet another password here");
    expect(again.statusCode).toBe(410);
    expect(again.json().type).toBe("https://ghorfa.ma/problems/invalid-token");
    expect((await signIn(t, { email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it("refuses an expired token, an older link once a newer one was sent, and an unknown one, alike and localized", async () => {
    freshWindow();
    const email = await makeAccount(t);
    await requestReset(email);
    const older = tokenOf(await mailTo(email));
    await requestReset(email);
    await expect.poll(() => mailer.sent.filter((m) => m.to === email).length).toBe(2);
    const newer = tokenOf(await mailTo(email));
    expect(newer).not.toBe(older);
    const refused = [
      await reset(older, NEW_PASSWORD, { "accept-language": "en" }),
      await reset("A".repeat(43)),
      await reset("not even a token"),
    ];
    clock.advance(31 * MINUTE);
    refused.push(await reset(newer, NEW_PASSWORD, { "accept-language": "fr-MA" }));
    for (const response of refused) {
      expect(response.statusCode).toBe(410);
      expect(response.json().type).toBe("https://ghorfa.ma/problems/invalid-token");
    }
    expect(refused[3]?.json().title).toBe("Ce lien n'est plus valable");
    expect(refused[0]?.json().title).toBe("This link is no longer valid");
    expect((await signIn(t, { email, password: PASSWORD })).statusCode).toBe(200);
  });

  it("refuses a password outside the rules without spending the token", async () => {
    freshWindow();
    const email = await makeAccount(t);
    await requestReset(email);
    const token = tokenOf(await mailTo(email));
    const short = await reset(token, "short");
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([
      expect.objectContaining({ pointer: "/body/password", code: "password_length" }),
    ]);
    expect((await reset(token)).statusCode).toBe(204);
  });
});

describe("over SMTP", () => {
  it("delivers the reset mail to a real SMTP server, the link intact", async () => {
    const received: ParsedMail[] = [];
    const sink = new SMTPServer({
      secure: false,
      hideSTARTTLS: true,
      authOptional: true,
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push(mail);
            callback();
          },
          (err: Error) => callback(err),
        );
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
    const port = (sink.server.address() as { port: number }).port;
    const app = await openTestApp({
      env: { GHORFA_PUBLIC_ORIGIN: "https://ma-09.ghorfa.test" },
      mailer: createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: "Ghorfa <no-reply@ghorfa.test>" }),
    });
    try {
      const email = await makeAccount(app);
      const response = await app.app.inject({
        method: "POST",
        url: "/auth/password-reset-requests",
        headers: { "accept-language": "ar-MA" },
        payload: { chamberId: "ma-09", email },
      });
      expect(response.statusCode).toBe(204);
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
      const mail = received[0] as ParsedMail;
      expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(email);
      const link = /https:\/\/ma-09\.ghorfa\.test\/reset-password#token=([A-Za-z0-9_-]{43})/.exec(
        mail.text ?? "",
      );
      expect(link).not.toBeNull();
      const done = await app.app.inject({
        method: "POST",
        url: "/auth/password-resets",
        payload: { token: link?.[1], password: NEW_PASSWORD },
      });
      expect(done.statusCode).toBe(204);
    } finally {
      await app.close();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});
