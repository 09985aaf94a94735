import type { Locale } from "@ghorfa/i18n";
import { messageFrom } from "@ghorfa/i18n";
import { ApiError, ForbiddenError, NetworkError, TimeoutError, UnauthorizedError } from "@ghorfa/sdk";
import { redact } from "../config/redact";
import { AuthError, CliError, EXIT, UnreachableError } from "../errors";
import { outputMessages } from "../messages/output";

export { earlyLocale } from "../run";

/**
 * Runs a command's body and turns what it throws into a message in the user's language on stderr
 * and the documented exit code (the SDK's errors mapped to the CLI's: a refused key is 3, a node
 * that cannot be reached 4, any other answer of the node 1).
 */
export async function guarded(locale: Locale, baseUrl: string | undefined, body: () => Promise<void>) {
  try {
    await body();
  } catch (error) {
    const { message, exitCode } = describe(error, locale, baseUrl);
    // A node may echo what it was sent; no key leaves in a message.
    process.stderr.write(`${redact(message, [process.env.GHORFA_API_KEY, apiKeyFlag()])}\n`);
    process.exitCode = exitCode;
  }
}

/** The value of --api-key, as given on the command line. */
function apiKeyFlag(argv = process.argv): string | undefined {
  const at = argv.findIndex((arg) => arg === "--api-key" || arg.startsWith("--api-key="));
  if (at < 0) return undefined;
  return argv[at]?.includes("=") ? argv[at]?.slice("--api-key=".length) : argv[at + 1];
}

function describe(error: unknown, locale: Locale, baseUrl: string | undefined) {
  let cli: CliError | undefined;
  if (error instanceof CliError) cli = error;
  else if (error instanceof UnauthorizedError || error instanceof ForbiddenError)
    cli = new AuthError(error.status);
  else if (error instanceof NetworkError || error instanceof TimeoutError)
    cli = new UnreachableError(baseUrl ?? "?", error.message, { cause: error });
  if (cli) return { message: cli.localized(locale), exitCode: cli.exitCode };
  if (error instanceof ApiError)
    return {
      message: messageFrom(outputMessages, locale, "apiError", {
        status: error.status,
        detail: error.message,
      }),
      exitCode: EXIT.partial,
    };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: messageFrom(outputMessages, locale, "failed", { detail }), exitCode: EXIT.partial };
}
