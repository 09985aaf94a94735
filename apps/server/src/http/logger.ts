import pino, { type Logger, type LoggerOptions } from "pino";
import { sqlState } from "../db/pg-error";

/**
 * Header and body paths that must never reach a log line, even if a future change logs a request
 * whole: API keys, session cookies, passwords, and the fields of a member that identify a person.
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "headers.authorization",
  "authorization",
  "req.body",
  "body",
  "*.email",
  "*.phone",
  // sign-in (issue 15): a session's token, and a password wherever it would appear
  "req.headers.cookie",
  "headers.cookie",
  "cookie",
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
  "password",
  "*.password",
];

/**
 * Errors are logged by their type, their code and where they were thrown. A database error's
 * message holds the SQL and its parameters (an e-mail, a key's hash) and its `detail` the row's
 * values, so for an error from the database only its SQLSTATE is kept, never a message.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = (err.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const code = (err as { code?: unknown }).code;
  if (isDatabaseError(err))
    return { type: err.constructor.name, sqlState: sqlState(err), stack: frames.join("\n") };
  return {
    type: err.constructor.name,
    message: err.message,
    ...(typeof code === "string" ? { code } : {}),
    stack: frames.join("\n"),
    ...(err.cause instanceof Error ? { cause: serializeError(err.cause) } : {}),
  };
}

/** Whether an error, or one it wraps, came from the database (drizzle wraps the driver's). */
function isDatabaseError(err: Error): boolean {
  for (
    let current: unknown = err, depth = 0;
    current instanceof Error && depth < 5;
    current = current.cause, depth++
  ) {
    if (current.constructor.name.includes("Drizzle") || /^Failed query:/.test(current.message)) return true;
  }
  return sqlState(err) !== undefined;
}

export function loggerOptions(level: LoggerOptions["level"]): LoggerOptions {
  return {
    level,
    base: { service: "ghorfa-server" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
  };
}

/** A pino logger writing JSON lines to stdout (or to `destination`, which tests use to read them). */
export function createLogger(
  level: LoggerOptions["level"] = "info",
  destination?: pino.DestinationStream,
): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
