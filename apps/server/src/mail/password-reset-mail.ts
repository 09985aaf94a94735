import { direction, isolate, type Locale, loadCatalog, t } from "@ghorfa/i18n";
import type { MailMessage } from "./mailer";

export interface PasswordResetMailInput {
  to: string;
  locale: Locale;
  /** The page that takes the token, the token in it. */
  link: string;
  /** How long the token is valid, as issued. */
  validMinutes: number;
}

/**
 * The password-reset e-mail in the reader's language: the catalog's text, and an HTML part that
 * sets the writing direction (a mail client lays Arabic out right to left only when told) and
 * makes the link a link.
 */
export async function passwordResetMail(input: PasswordResetMailInput): Promise<MailMessage> {
  await loadCatalog(input.locale);
  const values = { link: input.link, minutes: input.validMinutes };
  // `t` isolates every value; the link is alone on its line, and an isolate's invisible marks
  // next to it would end up inside the URL when a client makes it clickable.
  const text = t(input.locale, "mail.passwordReset.body", values).replace(isolate(input.link), input.link);
  const subject = t(input.locale, "mail.passwordReset.subject");
  const dir = direction(input.locale);
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph === input.link
        ? `<p dir="ltr"><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`
        : `<p>${escapeHtml(paragraph).replaceAll("\n", "<br>")}</p>`,
    );
  const html = [
    "<!doctype html>",
    `<html lang="${input.locale}" dir="${dir}">`,
    '<head><meta charset="utf-8"></head>',
    `<body dir="${dir}">`,
    ...paragraphs,
    "</body>",
    "</html>",
  ].join("\n");
  return { to: input.to, subject, text, html };
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
