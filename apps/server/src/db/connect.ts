import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir, makePrivate } from "./data-dir";
import { migrateDatabase } from "./migrate";
import { defaultDataDir } from "./paths";
import * as schema from "./schema";

export type Schema = typeof schema;

/**
 * What every service takes: a drizzle database or a transaction (a transaction is a database),
 * on PGlite or on node-postgres alike.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type Driver = DatabaseConnection["driver"];

interface ConnectionBase {
  readonly db: Database;
  /** Where the data is, for the start-up log: a folder, or the server without credentials. */
  readonly location: string;
  close(): Promise<void>;
}

export type DatabaseConnection =
  | (ConnectionBase & { readonly driver: "pglite"; readonly pglite: PGlite })
  | (ConnectionBase & { readonly driver: "postgres"; readonly pool: pg.Pool });

export interface ConnectOptions {
  /** A PostgreSQL URL; when absent, PGlite stores the data in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The node's data folder (PGlite keeps its files in `<dataDir>/pglite`). Default: `.ghorfa/`. */
  dataDir?: string | undefined;
  /** An open PGlite to use instead (tests); it must have been created with `pgliteExtensions`. */
  pglite?: PGlite | undefined;
  /** Apply pending migrations before returning. Default: true. */
  migrate?: boolean | undefined;
  /**
   * The budget of one SQL statement, in ms (0: none): PostgreSQL cancels a statement that runs
   * longer, so no request holds a connection for ever. PGlite takes the setting but, running in
   * this process with no timer to interrupt it, does not enforce it.
   */
  statementTimeoutMs?: number | undefined;
  /** node-postgres pool options (size, timeouts) beside the URL. */
  pool?: Omit<pg.PoolConfig, "connectionString"> | undefined;
}

/** The extensions the schema needs, to pass to every PGlite this node opens. */
export const pgliteExtensions = { pg_trgm };

/** The options the environment gives: `DATABASE_URL`, `GHORFA_DATA_DIR`. */
export function connectOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectOptions {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.GHORFA_DATA_DIR || undefined,
  };
}

/** Opens the node's database and brings its schema up to date. */
export async function connect(options: ConnectOptions = {}): Promise<DatabaseConnection> {
  const connection = options.databaseUrl
    ? openPostgres(options.databaseUrl, { ...statementTimeout(options.statementTimeoutMs), ...options.pool })
    : await openPglite(options);
  if (connection.driver === "pglite" && options.statementTimeoutMs !== undefined) {
    await connection.pglite.exec(`SET statement_timeout = ${Math.trunc(options.statementTimeoutMs)}`);
  }
  if (options.migrate ?? true) {
    try {
      await migrateDatabase(connection);
    } catch (error) {
      await connection.close();
      throw error;
    }
  }
  return connection;
}

/** The pool option that gives every connection the statement budget, when one is set. */
function statementTimeout(ms: number | undefined): Pick<pg.PoolConfig, "statement_timeout"> {
  return ms === undefined ? {} : { statement_timeout: ms };
}

function openPostgres(url: string, poolOptions: ConnectOptions["pool"]): DatabaseConnection {
  const pool = new pg.Pool({ max: 10, ...poolOptions, connectionString: url });
  // An idle client that loses its server emits here; without a listener that would crash the node.
  pool.on("error", () => {});
  const db = drizzleNodePg({ client: pool, schema });
  const parsed = new URL(url);
  return {
    db,
    driver: "postgres",
    pool,
    location: `postgresql://${parsed.host}${parsed.pathname}`,
    close: () => pool.end(),
  };
}

async function openPglite(options: ConnectOptions): Promise<DatabaseConnection> {
  const owned = !options.pglite;
  const dataDir = options.pglite ? undefined : (options.dataDir ?? defaultDataDir());
  const folder = dataDir === undefined ? undefined : join(dataDir, "pglite");
  // PGlite creates only the last folder of its path (a fresh clone has no data folder at all), and
  // one process only may write it: the folder is made private and locked before PGlite opens it.
  if (folder) mkdirSync(folder, { recursive: true });
  if (dataDir !== undefined) makePrivate(dataDir);
  const lock = dataDir === undefined ? undefined : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = options.pglite ?? (await PGlite.create({ dataDir: folder, extensions: pgliteExtensions }));
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite({ client: pglite, schema });
  return {
    db,
    driver: "pglite",
    pglite,
    location: folder ?? pglite.dataDir ?? "memory://",
    close: async () => {
      try {
        if (owned && !pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
