import { type Client, type ClientOptions, createClient } from "@ghorfa/sdk";
import type { ResolvedConfig } from "./resolve";

/** The SDK client for a resolved configuration; `options` adds or overrides (retries, fetch, timeouts). */
export function clientFor(config: ResolvedConfig, options: Partial<ClientOptions> = {}): Client {
  return createClient({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    locale: config.locale,
    ...options,
  });
}
