// TEMPORARY stub (see resolve.ts).
import { type Client, createClient } from "@ghorfa/sdk";
import type { ResolvedConfig } from "./resolve";

export function clientFor(config: ResolvedConfig): Client {
  return createClient({ baseUrl: config.baseUrl, apiKey: config.apiKey, locale: config.locale });
}
