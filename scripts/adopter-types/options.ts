// Options an adopter holds as `string | undefined` (environment variables, optional settings),
// passed straight on: compiled with `exactOptionalPropertyTypes`, where `apiKey?: string` would
// refuse `process.env.KEY`.
import { formatDate, formatMoney, formatRelative } from "@ghorfa/i18n";
import { createClient, createFederation } from "@ghorfa/sdk";

declare const env: { readonly [name: string]: string | undefined };
declare const timeout: number | undefined;
declare const signal: AbortSignal | undefined;

const client = createClient({
  baseUrl: env.GHORFA_URL ?? "http://localhost:8080",
  apiKey: env.GHORFA_KEY,
  locale: env.LANG,
  fetch: undefined,
  timeout,
  totalTimeout: timeout,
  retry: { limit: timeout, maxRetryAfter: timeout },
  hooks: undefined,
  validateResponses: undefined,
  etagCacheSize: undefined,
  random: undefined,
});
const federation = createFederation({
  nodes: ["http://localhost:8080"],
  apiKey: env.GHORFA_KEY,
  nodeTimeout: timeout,
});

export async function main(): Promise<string[]> {
  const member = await client.chamber("ma-09").members.get("mem_ma-09_x", { signal, timeout });
  const agreements = await federation.list("agreements", undefined, { signal });
  return [
    member.legalName,
    String(agreements.items.length),
    formatMoney({ amount: 100, currency: env.CURRENCY }, "fr-MA", { style: undefined }),
    formatDate("2026-01-30", "fr-MA", { style: undefined, timeZone: env.TZ }),
    formatRelative(new Date(), "fr-MA", { now: undefined }),
  ];
}
