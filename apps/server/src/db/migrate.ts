import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DatabaseConnection } from "./connect";
import { migrationsFolder } from "./paths";

/** Any constant shared by every replica; it names the lock migrations run under. */
const MIGRATION_LOCK = 0x6768_6f72; // "ghor"

/**
 * Applies the pending migrations of `drizzle/`. On PostgreSQL, replicas that start together
 * would each see the same pending migrations (drizzle's migrator reads its journal before it
 * opens its transaction), so they take turns under an advisory lock; the second one then finds
 * nothing to do. A PGlite data folder belongs to one process, so it needs no lock.
 */
export async function migrateDatabase(connection: DatabaseConnection): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  if (connection.driver === "pglite") {
    await migratePglite(connection.db as unknown as PgliteDatabase, config);
    return;
  }
  const client = await connection.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migrateNodePg(drizzle({ client }), config);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
