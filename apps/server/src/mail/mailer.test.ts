import { createServer, type Server, type Socket } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeError } from "../http/logger";
import { createSmtpMailer, MailDeliveryError, mailerFromConfig, memoryMailer } from "./mailer";
import { passwordResetMail } from "./password-reset-mail";

// A real SMTP server on 127.0.0.1, requiring AUTH PLAIN or LOGIN over a plain connection (no
// STARTTLS), and mailparser reading what arrived: the mailer is tested on the wire, not on a mock.

const USER = "ghorfa";
const PASSWORD = "s3cret-pa55-Ⴥ";

let sink: SMTPServer;
let port: number;
const received: ParsedMail[] = [];

beforeAll(async () => {
  sink = new SMTPServer({
    secure: false,
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(new Error("Invalid username or password"));
    },
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
  await new Promise<void>((resolve, reject) => {
    sink.once("error", reject);
    sink.listen(0, "127.0.0.1", () => resolve());
  });
  port = (sink.server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  // Closed for good: a new connection is refused.
  await expect(
    createSmtpMailer({ url: smtpUrl(USER, PASSWORD), from: "a@localhost", timeoutMs: 2_000 }).send({
      to: "b@localhost",
      subject: "after close",
      text: "x",
    }),
  ).rejects.toBeInstanceOf(MailDeliveryError);
});

const smtpUrl = (user: string, password: string, host = `127.0.0.1:${port}`) =>
  `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}`;

describe("createSmtpMailer", () => {
  it("delivers from, to, subject, text and html, with Arabic and Tifinagh intact", async () => {
    const mailer = createSmtpMailer({ url: smtpUrl(USER, PASSWORD), from: "Ghorfa <no-reply@ghorfa.test>" });
    const subject = "إعادة تعيين كلمة المرور — ⴰⵙⴻⵏⴼⵍ ⵏ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ";
    const text = "مرحبا بكم في الغرفة\nⴰⵏⵙⵓⴼ ⵙ ⵢⵉⵡⵏ\nhttps://ghorfa.test/reset?token=abc";
    const html = '<p dir="rtl">مرحبا بكم</p><p>ⴰⵏⵙⵓⴼ</p>';
    await mailer.send({
      to: "Amina <amina@example.ma>",
      subject,
      text,
      html,
      headers: { "X-Ghorfa-Purpose": "password-reset" },
    });
    const mail = received.at(-1);
    expect(mail?.from?.value).toEqual([{ address: "no-reply@ghorfa.test", name: "Ghorfa" }]);
    const to = Array.isArray(mail?.to) ? mail?.to[0] : mail?.to;
    expect(to?.value).toEqual([{ address: "amina@example.ma", name: "Amina" }]);
    expect(mail?.subject).toBe(subject);
    expect(mail?.text?.trimEnd()).toBe(text);
    expect(mail?.html).toContain(html);
    expect(mail?.headers.get("x-ghorfa-purpose")).toBe("password-reset");
  });

  it("delivers the Arabic password-reset e-mail with its link intact and its HTML right to left", async () => {
    const mailer = createSmtpMailer({ url: smtpUrl(USER, PASSWORD), from: "Ghorfa <no-reply@ghorfa.test>" });
    const link = `https://ma-09.ghorfa.test/reset-password?token=${"Zm9v_YmFy-".repeat(4)}abc`;
    const message = await passwordResetMail({
      to: "amina@example.ma",
      locale: "ar-MA",
      link,
      validMinutes: 30,
    });
    await mailer.send(message);
    const mail = received.at(-1);
    expect(mail?.subject).toBe(message.subject);
    expect(mail?.text?.split("\n")).toContain(link);
    expect(mail?.html).toContain('<body dir="rtl">');
    expect(mail?.html).toContain(`<a href="${link}">`);
  });

  it("fails with a MailDeliveryError that does not show the password when the password is wrong", async () => {
    const wrong = "not-the-password-Ⴥ";
    const mailer = createSmtpMailer({ url: smtpUrl(USER, wrong), from: "a@localhost" });
    const error = await mailer.send({ to: "b@localhost", subject: "s", text: "t" }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).code).toBe("EAUTH");
    const shown = JSON.stringify(serializeError(error)) + String(error);
    for (const secret of [wrong, encodeURIComponent(wrong), PASSWORD]) expect(shown).not.toContain(secret);
  });

  it("fails with a MailDeliveryError within its timeout when the server does not answer", async () => {
    // A listener that accepts connections and never greets: the mailer must give up on its own.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentPort = (silent.address() as { port: number }).port;
    try {
      const mailer = createSmtpMailer({
        url: smtpUrl(USER, PASSWORD, `127.0.0.1:${silentPort}`),
        from: "a@localhost",
        timeoutMs: 300,
      });
      const error = await mailer.send({ to: "b@localhost", subject: "s", text: "t" }).catch((err) => err);
      expect(error).toBeInstanceOf(MailDeliveryError);
      expect(String(error)).not.toContain(PASSWORD);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("fails with a MailDeliveryError when nothing listens on the port", async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const mailer = createSmtpMailer({
      url: smtpUrl(USER, PASSWORD, `127.0.0.1:${closedPort}`),
      from: "a@localhost",
      timeoutMs: 2_000,
    });
    const error = await mailer.send({ to: "b@localhost", subject: "s", text: "t" }).catch((err) => err);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).code).toBe("ESOCKET");
  });
});

describe("memoryMailer", () => {
  it("keeps every message sent, in order, as it was at the time of sending", async () => {
    const mailer = memoryMailer();
    const first = { to: "a@x.ma", subject: "1", text: "one" };
    await mailer.send(first);
    await mailer.send({ to: "b@x.ma", subject: "2", text: "two", html: "<p>two</p>" });
    first.text = "changed";
    expect(mailer.sent).toEqual([
      { to: "a@x.ma", subject: "1", text: "one" },
      { to: "b@x.ma", subject: "2", text: "two", html: "<p>two</p>" },
    ]);
  });
});

describe("mailerFromConfig", () => {
  it("without GHORFA_SMTP_URL, logs that nothing was sent and never the body or the address", async () => {
    const lines: { obj: unknown; msg: string }[] = [];
    const logger = { warn: (obj: unknown, msg: string) => lines.push({ obj, msg }) };
    const mailer = mailerFromConfig({ smtpUrl: undefined, mailFrom: "Ghorfa <no-reply@localhost>" }, logger);
    await mailer.send({
      to: "amina@example.ma",
      subject: "Reset",
      text: "token=SECRET",
      html: "<p>SECRET</p>",
    });
    expect(lines.map((line) => line.msg)).toEqual(["mail not sent: no GHORFA_SMTP_URL"]);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain("SECRET");
    expect(logged).not.toContain("amina@example.ma");
  });

  it("with GHORFA_SMTP_URL, sends over SMTP from GHORFA_MAIL_FROM", async () => {
    const logger = { warn: () => expect.unreachable("nothing to log when mail is sent") };
    const mailer = mailerFromConfig(
      { smtpUrl: smtpUrl(USER, PASSWORD), mailFrom: "Ghorfa <from@ghorfa.test>" },
      logger,
    );
    await mailer.send({ to: "c@example.ma", subject: "via config", text: "hello" });
    const mail = received.at(-1);
    expect(mail?.subject).toBe("via config");
    expect(mail?.from?.value[0]?.address).toBe("from@ghorfa.test");
  });
});
