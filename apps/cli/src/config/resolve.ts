// TEMPORARY stub with the signature of the config helper's module (branch `cli`): replaced by the
// merge of its src/config/. Flags first, then GHORFA_* environment variables.
import type { Locale } from "@ghorfa/i18n";
import type { ChamberId } from "@ghorfa/schemas";

export interface ConfigFlags {
  baseUrl?: string;
  apiKey?: string;
  profile?: string;
  chamber?: string;
  locale?: string;
}

export interface ResolvedConfig {
  baseUrl: string;
  apiKey?: string;
  chamberId: ChamberId;
  locale: Locale;
}

export async function resolveConfig(flags: ConfigFlags, env = process.env): Promise<ResolvedConfig> {
  const baseUrl = flags.baseUrl ?? env.GHORFA_BASE_URL;
  const chamberId = flags.chamber ?? env.GHORFA_CHAMBER;
  if (!baseUrl || !chamberId) throw new Error("no node: give --base-url and --chamber");
  return {
    baseUrl,
    apiKey: flags.apiKey ?? env.GHORFA_API_KEY,
    chamberId: chamberId as ChamberId,
    locale: (flags.locale ?? "ar-MA") as Locale,
  };
}
