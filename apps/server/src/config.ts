import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_NODE_PORT } from "@ghorfa/contract";
import { ChamberId } from "@ghorfa/schemas";
import * as z from "zod";
import { defaultDataDir } from "./db/paths";

// This file and the built main.js are both one folder deep in apps/server: the same relative path.
const DEFAULT_PORTAL_DIR = fileURLToPath(new URL("../../portal/dist/", import.meta.url));

/** Environment variables the node reads; everything has a default so `npm start` needs none. */
const Env = z.object({
  // The contract's document names this port as its default server.
  PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_NODE_PORT),
  HOST: z.string().min(1).default("localhost"),
  DATABASE_URL: z.string().min(1).optional(),
  GHORFA_DATA_DIR: z.string().min(1).optional(),
  GHORFA_ADMIN_KEY: z.string().min(24).optional(),
  GHORFA_PUBLIC_URL: z.url().optional(),
  GHORFA_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  GHORFA_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  GHORFA_KEY_ATTEMPT_LIMIT: z.coerce.number().int().positive().default(20),
  GHORFA_KEY_SYNC_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  GHORFA_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  GHORFA_DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  GHORFA_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  GHORFA_PURGE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  GHORFA_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
  GHORFA_DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  GHORFA_SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  GHORFA_MAIL_FROM: z.string().min(3).default("Ghorfa <no-reply@localhost>"),
  // sign-in (issue 15)
  GHORFA_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .default(30),
  GHORFA_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .max(24 * 30)
    .default(12),
  GHORFA_PUBLIC_ORIGIN: z
    .url()
    .refine(
      (url) => new URL(url).origin === url.replace(/\/+$/, ""),
      "Expected an origin: scheme://host[:port]",
    )
    .optional(),
  GHORFA_PASSWORD_RESET_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .default(30),
  GHORFA_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  GHORFA_SECURE_COOKIES: z.enum(["true", "false"]).default("false"),
  // the federation of twelve (issue 17)
  GHORFA_DEMO_CHAMBERS: z
    .string()
    .transform((list) => list.split(",").map((id) => id.trim()))
    .pipe(z.array(ChamberId).refine((ids) => new Set(ids).size === ids.length, "Each chamber once"))
    .optional(),
  GHORFA_DEMO_DIRECTORY: z
    .string()
    .transform((list) =>
      list.split(",").map((entry) => {
        const at = entry.indexOf("=");
        return { chamberId: entry.slice(0, at).trim(), nodeUrl: entry.slice(at + 1).trim() };
      }),
    )
    .pipe(
      z
        .array(z.object({ chamberId: ChamberId, nodeUrl: z.url({ protocol: /^https?$/ }) }))
        .refine(
          (entries) => new Set(entries.map((e) => e.chamberId)).size === entries.length,
          "Each chamber once",
        ),
    )
    .optional(),
  // the portal (issue 15)
  GHORFA_PORTAL_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server to use; when absent the node runs PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PGlite's files (unless DATABASE_URL is set) and the node's generated keys. Default `.ghorfa/` at the repo root. */
  dataDir: string;
  /** Operator key from the environment; when absent one is generated at start and printed. */
  adminKey: string | undefined;
  /** Base URL the node advertises in `/.well-known/ghorfa` and prints at start. */
  publicUrl: string | undefined;
  rateLimit: { limit: number; windowSeconds: number };
  /** Unknown keys one address may present per rate-limit window; beyond, its keys get 429 unread. */
  keyAttemptLimit: number;
  /** How stale what a replica knows of a key may get: its revocation, other replicas' counts. */
  keySyncMs: number;
  shutdownTimeoutMs: number;
  /**
   * On SIGTERM, how long the node keeps serving with `/readyz` at 503 before it stops accepting
   * connections: long enough for a balancer's checks to take it out of rotation.
   */
  drainDelayMs: number;
  bodyLimit: number;
  /** Time between two purges of expired idempotency keys and rate-limit windows; 0: never. */
  purgeIntervalMs: number;
  /**
   * The longest one SQL statement may run before PostgreSQL cancels it (0: no limit), so no
   * request holds a connection for ever. PGlite accepts the setting but does not enforce it.
   */
  statementTimeoutMs: number;
  /**
   * The most connections a node holds open to PostgreSQL: replicas × this must fit the server's
   * `max_connections`. At least 2: a request's transaction and the housekeeping that may run beside it.
   */
  dbPoolSize: number;
  /** The mail server, `smtp://user:password@host:587` or `smtps://…`; when absent no mail is sent (only logged). */
  smtpUrl: string | undefined;
  /** The From header of the node's e-mail. */
  mailFrom: string;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  // sign-in (issue 15)
  /** How long a sign-in session lasts without a request, and at most. */
  session: { idleMs: number; maxMs: number };
  /**
   * The origin (scheme://host[:port]) browsers reach the node at: a write sent with the session
   * cookie must name it in `Origin`. Absent: the request's own scheme and host.
   */
  publicOrigin: string | undefined;
  /** How long the link of a password-reset e-mail is good for. */
  passwordResetMinutes: number;
  /** Whether X-Forwarded-For/-Proto/-Host from a proxy in front are believed (fastify's trustProxy). */
  trustProxy: boolean;
  /** Whether the session cookie is always `Secure`; otherwise only for requests that came over HTTPS. */
  secureCookies: boolean;
  /**
   * The folder of the built web portal (CCIS Connect), served at `/`. By default the repository's
   * `apps/portal/dist`; a folder that does not exist leaves the node an API alone.
   */
  portalDir: string;
  // the federation of twelve (issue 17)
  /**
   * The demo data the first start seeds, when it is not the default (Souss-Massa and
   * Casablanca-Settat): chambers hosted here with generated members and public events, and
   * directory entries, chambers whose records point at other nodes.
   */
  demo: DemoChoice | undefined;
}

// the federation of twelve (issue 17)
export interface DemoChoice {
  /** The regions this node hosts, each with generated demo data; their `nodeUrl` is this node's URL. */
  readonly chambers: readonly ChamberId[];
  /** Chambers this node lists but does not host: their record alone, with the URL of their node. */
  readonly directory: readonly { readonly chamberId: ChamberId; readonly nodeUrl: string }[];
}

export class ConfigError extends Error {
  readonly code = "config";
}

/** Reads the configuration from an environment (`process.env` by default); throws on a bad value. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join("; ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.GHORFA_DATA_DIR ? resolve(cwd, e.GHORFA_DATA_DIR) : defaultDataDir(),
    adminKey: e.GHORFA_ADMIN_KEY,
    publicUrl: e.GHORFA_PUBLIC_URL?.replace(/\/+$/, ""),
    rateLimit: { limit: e.GHORFA_RATE_LIMIT, windowSeconds: e.GHORFA_RATE_WINDOW_SECONDS },
    keyAttemptLimit: e.GHORFA_KEY_ATTEMPT_LIMIT,
    keySyncMs: e.GHORFA_KEY_SYNC_MS,
    shutdownTimeoutMs: e.GHORFA_SHUTDOWN_TIMEOUT_MS,
    drainDelayMs: e.GHORFA_DRAIN_DELAY_MS,
    bodyLimit: e.GHORFA_BODY_LIMIT,
    purgeIntervalMs: e.GHORFA_PURGE_INTERVAL_MS,
    statementTimeoutMs: e.GHORFA_STATEMENT_TIMEOUT_MS,
    dbPoolSize: e.GHORFA_DB_POOL_SIZE,
    smtpUrl: e.GHORFA_SMTP_URL,
    mailFrom: e.GHORFA_MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    session: {
      idleMs: e.GHORFA_SESSION_IDLE_MINUTES * 60_000,
      maxMs: e.GHORFA_SESSION_MAX_HOURS * 3_600_000,
    },
    publicOrigin: e.GHORFA_PUBLIC_ORIGIN?.replace(/\/+$/, ""),
    passwordResetMinutes: e.GHORFA_PASSWORD_RESET_MINUTES,
    trustProxy: e.GHORFA_TRUST_PROXY === "true",
    secureCookies: e.GHORFA_SECURE_COOKIES === "true",
    portalDir: e.GHORFA_PORTAL_DIR ? resolve(cwd, e.GHORFA_PORTAL_DIR) : DEFAULT_PORTAL_DIR,
    demo: demoChoice(e),
  };
}

// the federation of twelve (issue 17)
function demoChoice(e: z.infer<typeof Env>): DemoChoice | undefined {
  const chambers = e.GHORFA_DEMO_CHAMBERS ?? [];
  const directory = e.GHORFA_DEMO_DIRECTORY ?? [];
  if (chambers.length === 0 && directory.length === 0) return undefined;
  const both = directory.find((entry) => chambers.includes(entry.chamberId));
  if (both) {
    throw new ConfigError(
      `Invalid configuration: GHORFA_DEMO_DIRECTORY: ${both.chamberId} is hosted here (GHORFA_DEMO_CHAMBERS)`,
    );
  }
  // The hosted chambers' records give this node's URL, known before it listens only when chosen.
  if (chambers.length > 0 && e.GHORFA_PUBLIC_URL === undefined && e.PORT === 0) {
    throw new ConfigError(
      "Invalid configuration: GHORFA_DEMO_CHAMBERS: set GHORFA_PUBLIC_URL or a PORT other than 0, so the chambers' records can name this node",
    );
  }
  return { chambers, directory };
}
