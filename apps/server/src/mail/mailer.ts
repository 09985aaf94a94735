import nodemailer from "nodemailer";

/** One e-mail as the node writes it: plain text always, an HTML part when the words need layout. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

/** Sends e-mail; which one the node uses is configuration (`mailerFromConfig`). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * A message the mail server did not take. `code` is nodemailer's (`EAUTH`, `ECONNECTION`,
 * `ETIMEDOUT`…); the message never holds the server's password, even when the cause's did.
 */
export class MailDeliveryError extends Error {
  override readonly name = "MailDeliveryError";
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface SmtpMailerOptions {
  /** `smtp://user:password@host:587` or `smtps://…:465`; nodemailer's options may follow as `?ignoreTLS=true`. */
  url: string;
  /** The From header, e.g. `Ghorfa <no-reply@example.ma>`. */
  from: string;
  /**
   * How long connecting, the server's greeting and each later wait may take; a request that sends
   * mail must not hang on a mail server that does not answer.
   */
  timeoutMs?: number;
}

/** The default of `timeoutMs`: long enough for a slow relay, short enough for a request to wait on. */
export const SMTP_TIMEOUT_MS = 10_000;

/** A mailer speaking SMTP to one server, one connection per message. */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const timeout = options.timeoutMs ?? SMTP_TIMEOUT_MS;
  const secrets = passwordsOf(options.url);
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  return {
    async send(message) {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
          ...(message.headers !== undefined ? { headers: message.headers } : {}),
        });
      } catch (err) {
        throw toDeliveryError(err, secrets);
      }
    },
  };
}

/** The password of a URL as written and decoded: both are scrubbed from error messages. */
function passwordsOf(url: string): string[] {
  try {
    const raw = new URL(url).password;
    return raw === "" ? [] : [...new Set([raw, decodeURIComponent(raw)])];
  } catch {
    return [];
  }
}

function scrub(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.replaceAll(secret, "***"), text);
}

function toDeliveryError(err: unknown, secrets: readonly string[]): MailDeliveryError {
  const code =
    typeof (err as { code?: unknown })?.code === "string" ? (err as { code: string }).code : "EMAIL";
  const reason = err instanceof Error ? scrub(err.message, secrets) : "unknown error";
  // The cause is rebuilt rather than kept: nodemailer's error may carry the server's answer or the
  // command sent, and the logger writes a cause's message out.
  const cause = new Error(reason);
  return new MailDeliveryError(code, `mail not delivered (${code}): ${reason}`, { cause });
}

/** Keeps every message sent, for tests: `sent` in the order of `send`. */
export interface MemoryMailer extends Mailer {
  readonly sent: MailMessage[];
}

export function memoryMailer(): MemoryMailer {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(structuredClone(message));
    },
  };
}

/** What of the configuration the mailer reads (see config.ts). */
export interface MailConfig {
  smtpUrl: string | undefined;
  mailFrom: string;
}

/**
 * SMTP when `GHORFA_SMTP_URL` is set; otherwise a mailer that only logs that nothing was sent, so a
 * node without a mail server still runs. It logs the subject only: the body may hold a one-time
 * token, and the address is personal data.
 */
export function mailerFromConfig(
  config: MailConfig,
  logger: { warn(details: object, message: string): void },
): Mailer {
  if (config.smtpUrl !== undefined) return createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom });
  return {
    async send(message) {
      logger.warn({ mail: { subject: message.subject } }, "mail not sent: no GHORFA_SMTP_URL");
    },
  };
}
