import { LOCALES, type Locale } from "@ghorfa/i18n";
import { redact } from "./config/redact";
import { localeFrom } from "./config/resolve";
import { CliError } from "./errors";

/** The language of a message printed before the configuration is resolved. */
export function earlyLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (flag && (LOCALES as readonly string[]).includes(flag)) return flag as Locale;
  return localeFrom(env.GHORFA_LOCALE ?? env.LC_ALL ?? env.LANG) ?? "ar-MA";
}

/**
 * Runs a command's body: a CliError is printed in the user's language and sets the exit code;
 * anything else is printed too, with every secret taken out.
 */
export async function runCommand(
  locale: Locale,
  secrets: () => readonly (string | undefined)[],
  body: () => Promise<number>,
): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    const text =
      error instanceof CliError ? error.localized(locale) : String((error as Error)?.stack ?? error);
    process.stderr.write(`${redact(text, [...secrets(), process.env.GHORFA_API_KEY])}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}
