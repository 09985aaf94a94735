import { existsSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import { connect } from "./db/connect";
import { DataDirLockedError } from "./db/data-dir";
import { demoData } from "./db/region-demo";
import { DEMO_DATA, seed } from "./db/seed";
import { createLogger } from "./http/logger";
import { installShutdown } from "./http/shutdown";
import { chambers } from "./services";
import { demoAccounts } from "./start/accounts";
import { demoKey, generatedOperatorKey } from "./start/keys";

// The node: configuration from the environment, the database (migrated; the demo seeded on the
// first start only), the HTTP API, and a clean stop on SIGTERM/SIGINT.

async function main(): Promise<void> {
  const loaded = loadConfig();
  const logger = createLogger(loaded.logLevel);
  const connection = await connect({
    databaseUrl: loaded.databaseUrl,
    dataDir: loaded.dataDir,
    statementTimeoutMs: loaded.statementTimeoutMs,
    pool: { max: loaded.dbPoolSize },
  });
  // the federation of twelve (issue 17)
  const demo = loaded.demo
    ? demoData(loaded.demo, loaded.publicUrl ?? `http://${loaded.host}:${loaded.port}`)
    : DEMO_DATA;
  const seeded = await seed(connection.db, demo);
  const generated = loaded.adminKey === undefined ? await generatedOperatorKey(loaded.dataDir) : undefined;
  const config: Config = { ...loaded, adminKey: loaded.adminKey ?? generated };
  const hosted = (await chambers.list(connection.db)).map((chamber) => chamber.id);
  const key = await demoKey(connection.db, config.dataDir, hosted);
  const people = await demoAccounts(connection.db, config.dataDir, hosted);

  const app = await createApp({ db: connection.db, config, logger });
  installShutdown({
    app,
    closeResources: () => connection.close(),
    logger,
    timeoutMs: config.shutdownTimeoutMs,
    drainDelayMs: config.drainDelayMs,
    onDrain: () => app.readiness.startDraining(),
  });
  await app.listen({ port: config.port, host: config.host });

  const port = (app.server.address() as { port: number } | null)?.port ?? config.port;
  const url = config.publicUrl ?? `http://localhost:${port}`;
  logger.info(
    { database: connection.location, driver: connection.driver, seeded, chambers: hosted, port },
    "ready",
  );
  // Printed for the person who started the node, not logged: log lines never hold a key.
  const lines = [
    "",
    `  Ghorfa chamber node   ${url}`,
    ...(existsSync(join(config.portalDir, "index.html")) ? [`  CCIS Connect          ${url}/`] : []),
    `  API docs              ${url}/docs`,
    `  Chambers              ${hosted.join(", ") || "(none)"}`,
    ...(key ? [`  Demo key (ma-09)      ${key}`] : []),
    ...(generated ? [`  Operator key          ${generated}   (set GHORFA_ADMIN_KEY to choose it)`] : []),
    "",
    `  curl -H "Authorization: Bearer ${key ?? "<key>"}" ${url}/chambers/ma-09/members?limit=2`,
    "",
    ...(people
      ? [
          `  Demo accounts (ma-09) ${people.accounts.map((account) => account.email).join(", ")}`,
          `  Demo password         ${people.password}`,
          "",
          `  curl -c cookies.txt -H "Content-Type: application/json" -d '{"chamberId":"ma-09","email":"${people.accounts[0]?.email}","password":"${people.password}"}' ${url}/auth/sign-in`,
          `  curl -b cookies.txt ${url}/chambers/ma-09/members?limit=2`,
          "",
        ]
      : []),
  ];
  process.stderr.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  // A refusal the operator can act on is said in its own words; anything else with its stack.
  const expected = error instanceof ConfigError || error instanceof DataDirLockedError;
  const text =
    error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`The node could not start: ${text}\n`);
  process.exit(1);
});
