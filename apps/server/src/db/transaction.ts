import { NodePgSession, NodePgTransaction } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Database } from "./connect";
import { runSimple } from "./simple-query";

/** The drizzle session underneath a node-postgres database: what its own `transaction` uses. */
interface PoolSession {
  client: unknown;
  dialect: ConstructorParameters<typeof NodePgSession>[1];
  schema: ConstructorParameters<typeof NodePgSession>[2];
  options: ConstructorParameters<typeof NodePgSession>[3];
}

/**
 * Runs `work` in a transaction that ends with `last(result)`: one statement of the simple
 * protocol (values as `sqlLiteral`s) that must succeed for anything to be committed. When `work`
 * or `last` fails, the transaction is rolled back and the error thrown.
 *
 * On PostgreSQL, `last` and the COMMIT travel in one message: every keyed write ends this way
 * (idempotency.ts), and a round trip is most of what a short statement costs. This opens the
 * transaction as drizzle's own `transaction` does (a pooled client, a session and a transaction
 * on it), since drizzle has no way to add a statement to its COMMIT. On PGlite, which runs in
 * this process, there is no round trip to save: drizzle's transaction runs `last`, then commits.
 */
export async function transactionEndingWith<T>(
  db: Database,
  work: (tx: Database) => Promise<T>,
  last: (result: T) => string,
): Promise<T> {
  const session = (db as unknown as { session: PoolSession }).session;
  if (!(session.client instanceof pg.Pool)) {
    return db.transaction(async (tx) => {
      const result = await work(tx);
      await runSimple(tx, last(result));
      return result;
    });
  }
  const client = await session.client.connect();
  let broken: Error | undefined;
  try {
    const tx = new NodePgTransaction(
      session.dialect,
      new NodePgSession(client, session.dialect, session.schema, session.options),
      session.schema,
    ) as unknown as Database;
    await client.query("begin");
    try {
      const result = await work(tx);
      // A failed statement skips the rest of the message: the COMMIT never runs after it.
      await client.query(`${last(result)};\ncommit`);
      return result;
    } catch (error) {
      try {
        await client.query("rollback");
      } catch (rollbackError) {
        // The connection is gone or unusable: the pool must not hand it out again.
        broken = rollbackError as Error;
      }
      throw error;
    }
  } finally {
    client.release(broken);
  }
}
