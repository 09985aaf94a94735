import { readFile } from "node:fs/promises";
import { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from "@ghorfa/i18n";
import { ChamberId } from "@ghorfa/schemas";
import * as z from "zod";
import { ConfigError } from "../errors";
import { configFilePath } from "./paths";

/** One named profile of the config file. The key is given inline or, better, by a variable's name. */
const Profile = z.object({
  baseUrl: z.string().optional(),
  apiKey: z.string().optional(),
  apiKeyEnv: z.string().optional(),
  chamber: z.string().optional(),
  locale: z.string().optional(),
});
export type Profile = z.infer<typeof Profile>;

export const ConfigFile = z.object({
  /** The profile used when neither --profile nor GHORFA_PROFILE names one. */
  defaultProfile: z.string().optional(),
  profiles: z.record(z.string(), Profile).default({}),
});
export type ConfigFile = z.infer<typeof ConfigFile>;

export interface ConfigFlags {
  baseUrl?: string | undefined;
  apiKey?: string | undefined;
  profile?: string | undefined;
  chamber?: string | undefined;
  locale?: string | undefined;
}

export interface ResolvedConfig {
  baseUrl: string;
  apiKey?: string;
  chamberId: ChamberId;
  locale: Locale;
}

async function readConfigFile(path: string): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError("configBadFile", { path, detail: (error as Error).message });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text it chokes on, which may be a key: say only where.
    throw new ConfigError("configBadFile", { path, detail: (error as Error).name });
  }
  const parsed = ConfigFile.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.code}`).join("; ");
    throw new ConfigError("configBadFile", { path, detail });
  }
  return parsed.data;
}

const nonEmpty = (value: string | undefined) =>
  value === undefined || value.trim() === "" ? undefined : value;

/** The language of the CLI: a supported code as given, else the language of LANG / LC_ALL, else ar-MA. */
export function localeFrom(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if ((LOCALES as readonly string[]).includes(value)) return value as Locale;
  // LANG reads "fr_MA.UTF-8"; "C" and "POSIX" name no language.
  const tag = value.split(".")[0] ?? "";
  if (tag === "" || tag === "C" || tag === "POSIX") return undefined;
  const resolved = resolveLocale(tag.replace("_", "-"));
  return resolved === DEFAULT_LOCALE && !/^(ar|ary)\b/i.test(tag) ? undefined : resolved;
}

/**
 * The node, key, chamber and language a command works with. Each setting comes from the first
 * place that gives it: the command's flags, then GHORFA_* variables, then the named profile of the
 * config file (`--profile`, GHORFA_PROFILE, the file's `defaultProfile`, else a profile named
 * "default"). The key is never part of any message.
 */
export async function resolveConfig(
  flags: ConfigFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedConfig> {
  const path = configFilePath(env);
  const file = await readConfigFile(path);
  const profileName = nonEmpty(flags.profile) ?? nonEmpty(env.GHORFA_PROFILE);
  let profile: Profile = {};
  if (profileName !== undefined) {
    const named = file?.profiles[profileName];
    if (!named) throw new ConfigError("configUnknownProfile", { profile: profileName, path });
    profile = named;
  } else if (file) {
    profile = file.profiles[file.defaultProfile ?? "default"] ?? {};
  }

  // The language first, so that the errors below can already be read in it by the caller.
  const localeText = nonEmpty(flags.locale) ?? nonEmpty(env.GHORFA_LOCALE) ?? nonEmpty(profile.locale);
  let locale: Locale;
  if (localeText !== undefined) {
    if (!(LOCALES as readonly string[]).includes(localeText))
      throw new ConfigError("configBadLocale", { value: localeText });
    locale = localeText as Locale;
  } else {
    locale =
      localeFrom(nonEmpty(env.LC_ALL) ?? nonEmpty(env.LC_MESSAGES) ?? nonEmpty(env.LANG)) ?? DEFAULT_LOCALE;
  }

  const baseUrl = nonEmpty(flags.baseUrl) ?? nonEmpty(env.GHORFA_BASE_URL) ?? nonEmpty(profile.baseUrl);
  if (baseUrl === undefined) throw new ConfigError("configMissingBaseUrl", { path });
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigError("configBadBaseUrl", { value: baseUrl });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError("configBadBaseUrl", { value: baseUrl });
  if (url.username || url.password)
    throw new ConfigError("configBadBaseUrl", { value: `${url.protocol}//…@${url.host}` });

  let apiKey = nonEmpty(flags.apiKey) ?? nonEmpty(env.GHORFA_API_KEY);
  if (apiKey === undefined && profile.apiKeyEnv !== undefined) {
    apiKey = nonEmpty(env[profile.apiKeyEnv]);
    if (apiKey === undefined) throw new ConfigError("configMissingKeyEnv", { name: profile.apiKeyEnv });
  }
  apiKey ??= nonEmpty(profile.apiKey);

  const chamberText = nonEmpty(flags.chamber) ?? nonEmpty(env.GHORFA_CHAMBER) ?? nonEmpty(profile.chamber);
  if (chamberText === undefined) throw new ConfigError("configMissingChamber", {});
  const chamber = ChamberId.safeParse(chamberText);
  if (!chamber.success) throw new ConfigError("configBadChamber", { value: chamberText });

  return {
    baseUrl: url.href.replace(/\/$/, ""),
    ...(apiKey === undefined ? {} : { apiKey }),
    chamberId: chamber.data,
    locale,
  };
}
