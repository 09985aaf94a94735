import type { SentRequest } from "./report";

/** The keys a run holds: a `curl` line names their environment variables, never their values. */
export interface Secrets {
  readonly key?: string;
  readonly adminKey?: string;
}

/** POSIX single quotes: nothing inside is expanded; a quote closes, is escaped, reopens. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

// Bytes a terminal or a shell argument cannot carry as they are (NUL above all): such a body is
// piped through printf, whose format escapes them in octal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function printfFormat(body: string): string {
  let out = "";
  for (const char of body) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "%") out += "%%";
    else if (char === "\\") out += "\\\\";
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, "0")}`;
    else out += char;
  }
  return shellQuote(out);
}

/**
 * A `curl` command that sends the request again. The Authorization header becomes
 * `$GHORFA_ADMIN_KEY` when it held the operator's key and `$GHORFA_KEY` otherwise, so no key is
 * ever printed; every other value is shell-quoted.
 */
export function curlCommand(request: SentRequest, secrets: Secrets = {}): string {
  const parts = ["curl", "-sS", "-i", "-X", shellQuote(request.method)];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === "authorization") {
      const isAdmin = secrets.adminKey !== undefined && value === `Bearer ${secrets.adminKey}`;
      parts.push(
        "-H",
        isAdmin ? '"Authorization: Bearer $GHORFA_ADMIN_KEY"' : '"Authorization: Bearer $GHORFA_KEY"',
      );
    } else {
      parts.push("-H", shellQuote(`${name}: ${redact(value, secrets)}`));
    }
  }
  let prefix = "";
  if (request.body !== undefined) {
    const body = redact(request.body, secrets);
    if (UNPRINTABLE.test(body)) {
      prefix = `printf ${printfFormat(body)} | `;
      parts.push("--data-binary", "@-");
    } else {
      parts.push("--data-binary", shellQuote(body));
    }
  }
  parts.push(shellQuote(redact(request.url, secrets)));
  return prefix + parts.join(" ");
}

/** The request as a report may keep it: the Authorization header and any key shown as its variable. */
export function redactRequest(request: SentRequest, secrets: Secrets = {}): SentRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() !== "authorization") headers[name] = redact(value, secrets);
    else {
      const isAdmin = secrets.adminKey !== undefined && value === `Bearer ${secrets.adminKey}`;
      headers[name] = isAdmin ? "Bearer $GHORFA_ADMIN_KEY" : "Bearer $GHORFA_KEY";
    }
  }
  return {
    method: request.method,
    url: redact(request.url, secrets),
    headers,
    ...(request.body === undefined ? {} : { body: redact(request.body, secrets) }),
  };
}

/** A key that leaked into a URL, header or body is shown as its variable, never as itself. */
export function redact(text: string, secrets: Secrets): string {
  let out = text;
  if (secrets.adminKey) out = out.replaceAll(secrets.adminKey, "$GHORFA_ADMIN_KEY");
  if (secrets.key) out = out.replaceAll(secrets.key, "$GHORFA_KEY");
  return out;
}
