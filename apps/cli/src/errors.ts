import type { Locale, MessageValues } from "@ghorfa/i18n";
import { messageFrom } from "@ghorfa/i18n";
import { type ErrorMessageKey, errorMessages } from "./messages/errors";

/** The exit codes of `ghorfa` (documented in the README). */
export const EXIT = {
  ok: 0,
  /** Some rows or items failed; the others went through. */
  partial: 1,
  usage: 2,
  /** Configuration missing or wrong, or the node refused the key. */
  config: 3,
  unreachable: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error that ends a command with a known exit code and a message users read in their language.
 * The message is a key and values, formatted at the last moment in the locale the command runs in.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly key: ErrorMessageKey;
  readonly values: MessageValues;

  constructor(
    key: ErrorMessageKey,
    values: MessageValues,
    exitCode: ExitCode,
    options?: { cause?: unknown },
  ) {
    super(messageFrom(errorMessages, "en", key, values), options);
    this.key = key;
    this.values = values;
    this.exitCode = exitCode;
  }

  localized(locale: Locale): string {
    return messageFrom(errorMessages, locale, this.key, this.values);
  }
}
CliError.prototype.name = "CliError";

export class UsageError extends CliError {
  constructor(detail: string) {
    super("usage", { detail }, EXIT.usage);
  }
}
UsageError.prototype.name = "UsageError";

export class ConfigError extends CliError {
  constructor(key: ErrorMessageKey, values: MessageValues = {}, options?: { cause?: unknown }) {
    super(key, values, EXIT.config, options);
  }
}
ConfigError.prototype.name = "ConfigError";

export class AuthError extends CliError {
  constructor(status: number) {
    super("auth", { status }, EXIT.config);
  }
}
AuthError.prototype.name = "AuthError";

export class UnreachableError extends CliError {
  constructor(baseUrl: string, detail: string, options?: { cause?: unknown }) {
    super("unreachable", { baseUrl, detail }, EXIT.unreachable, options);
  }
}
UnreachableError.prototype.name = "UnreachableError";
