import type { Routes } from "@ghorfa/contract";
import type { Locale } from "@ghorfa/i18n";
import { ROUTE_TABLE } from "./contract-table";
import type { Hooks } from "./hooks";
import { normalizeBaseUrl } from "./request-url";
import type { Resources, RouteMap } from "./resource-types";
import { buildResources } from "./resources";
import type { RetryOptions } from "./retry";
import { type RouteTable, routeTable } from "./route-descriptor";
import { createTransport, type SchemaLookup } from "./transport";

export interface ClientOptions {
  /** The node, e.g. `https://ccis-souss-massa.ma` or `http://localhost:8080`. */
  baseUrl: string | URL;
  /** A key made by the node's operator; public routes need none. */
  apiKey?: string | undefined;
  /**
   * The language of the node's messages (problem titles, amounts in words), sent as
   * Accept-Language: `ar-MA`, `fr-MA`, `en`, `zgh`, or any tag or list the node maps to them
   * (`fr-FR`, `ar`). Default: the runtime's language (`navigator.language`), else `ar-MA`.
   */
  locale?: Locale | (string & {}) | undefined;
  /** The fetch to use (an instrumented one, a platform's own); default the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** fetch's `credentials`: `"include"` sends the sign-in cookie from a portal on another origin. */
  credentials?: RequestCredentials | undefined;
  /** Ms one attempt may take. Default 10,000. */
  timeout?: number | undefined;
  /** Ms a call may take, its retries and waits included. Default 60,000. */
  totalTimeout?: number | undefined;
  /** Retry rules (see `RetryOptions`), a number of retries, or `false`. Default 2 retries. */
  retry?: RetryOptions | number | false | undefined;
  hooks?: Hooks | undefined;
  /**
   * Parse every answer with the contract's schema (which also applies its transforms); a mismatch
   * throws `ContractError`. The schemas load on first use, so clients without it never ship them.
   * Default false.
   */
  validateResponses?: boolean | undefined;
  /** How many records' ETags to remember for conditional updates. Default 1,000. */
  etagCacheSize?: number | undefined;
  /** The random source of backoff jitter, in [0, 1). */
  random?: (() => number) | undefined;
}

/** A client over a route map shaped like the contract's (its own, or one that extends it). */
export type ClientFor<Rs extends RouteMap> = Resources<Rs> & {
  /** The normalized base URL. */
  readonly baseUrl: string;
};

/** The Ghorfa client of the contract this SDK was built with. */
export type Client = ClientFor<Routes>;

function makeClient<Rs extends RouteMap>(
  routes: RouteTable,
  schemaOf: SchemaLookup,
  options: ClientOptions,
): ClientFor<Rs> {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const send = createTransport(baseUrl, options, options.validateResponses ? schemaOf : undefined);
  return Object.assign(buildResources<Rs>(routes, send), { baseUrl });
}

/** A client over `routes`: the contract's, or a map that adds routes of a node's own. */
export function createClientFor<Rs extends RouteMap>(routes: Rs, options: ClientOptions): ClientFor<Rs> {
  const schemaOf: SchemaLookup = async (key) => {
    const route = routes[key];
    return route?.responses[route.successStatus];
  };
  return makeClient<Rs>(routeTable(routes), schemaOf, options);
}

let schemas: Promise<typeof import("./contract-schemas")> | undefined;
// The contract's schemas are loaded only by a client that validates, so bundlers split them off.
const contractSchema: SchemaLookup = async (key) => {
  schemas ??= import("./contract-schemas");
  return (await schemas).successSchema(key);
};

/**
 * A client of one node. Its resources come from the contract's routes:
 * `client.node.info()`, `client.chambers.list()`, `client.chamber("ma-09").members.create(body)`.
 */
export function createClient(options: ClientOptions): Client {
  return makeClient<Routes>(ROUTE_TABLE, contractSchema, options);
}
