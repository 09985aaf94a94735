import { CHAMBER_SCOPES, type ChamberScope } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { createApp } from "../src/app";
import { type Config, loadConfig } from "../src/config";
import { openTestDatabase, type TestDatabase } from "../src/db/testing";
import { createLogger } from "../src/http/logger";
import { type Mailer, memoryMailer } from "../src/mail/mailer";
import { apiKeys } from "../src/services";
import { watchUndocumentedStatuses } from "./documented-statuses";

/** The operator key of test apps (GHORFA_ADMIN_KEY), unless a test sets another. */
export const OPERATOR_SECRET = "ghorfa_test-operator-key-0123456789abcdefghij";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  /** Makes a key and returns its `Authorization` header value. */
  keyFor(chamberId: ChamberId, scopes: readonly ChamberScope[]): Promise<string>;
  /** Keys made once per app: every scope of ma-09, of ma-06, and the operator's. */
  keys: { soussMassa: string; casablanca: string; operator: string };
  close(): Promise<void>;
}

/**
 * The node over the test file's own migrated and seeded database, answering through `inject`;
 * every status it answers on a contract route must be one the OpenAPI document lists there.
 * `env` overrides the configuration (a low rate limit…); `logs` receives the log lines; `mailer`
 * receives the e-mail (a memory mailer by default, so no test sends mail or logs that it did not).
 */
export async function openTestApp(
  options: {
    env?: Record<string, string>;
    logs?: pino.DestinationStream;
    mailer?: Mailer;
    now?: () => Date;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({
    GHORFA_RATE_LIMIT: "1000000",
    GHORFA_ADMIN_KEY: OPERATOR_SECRET,
    // Whether the portal is built is not the API's business: test apps serve none unless asked.
    GHORFA_PORTAL_DIR: "/nonexistent/ghorfa-portal",
    ...options.env,
  });
  const logger = options.logs ? createLogger("info", options.logs) : pino({ level: "silent" });
  const app = await createApp({
    db: database.db,
    config,
    logger,
    mailer: options.mailer ?? memoryMailer(),
    ...(options.now ? { now: options.now } : {}),
  });
  const undocumented = watchUndocumentedStatuses(app);
  await app.ready();
  const keyFor = async (chamberId: ChamberId, scopes: readonly ChamberScope[]) => {
    const created = await apiKeys.create(database.db, {
      chamberId,
      name: scopes.length === CHAMBER_SCOPES.length ? "test, every scope" : `test ${scopes.join(" ")}`,
      scopes: [...scopes],
    });
    return `Bearer ${created.secret}`;
  };
  const keys = {
    soussMassa: await keyFor("ma-09", CHAMBER_SCOPES),
    casablanca: await keyFor("ma-06", CHAMBER_SCOPES),
    operator: `Bearer ${config.adminKey}`,
  };
  return {
    app,
    database,
    config,
    keyFor,
    keys,
    // A route that answered a status its operation does not list fails the test file that made it.
    close: async () => {
      await app.close();
      await database.close();
      if (undocumented.length > 0)
        throw new Error(`Statuses the OpenAPI document does not list:\n${undocumented.join("\n")}`);
    },
  };
}
