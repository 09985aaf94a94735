import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type DatabaseConnection } from "@ghorfa/server/testing";
import type { FastifyInstance } from "fastify";
import pg from "pg";

// The stores the HTTP benches run on, each opened empty and removed afterwards, and how a bench
// serves an app on loopback. Shared by server.bench.ts and registration.bench.ts.

/** The PostgreSQL server the benches create their scratch databases on. */
export const POSTGRES_ADMIN_URL =
  process.env.GHORFA_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A store a bench runs on: opened fresh, disposed of with everything it holds. */
export interface Target {
  name: string;
  open(): Promise<DatabaseConnection & { dispose(): Promise<void> }>;
}

/** PGlite in a scratch folder. */
export const pglite: Target = {
  name: "PGlite",
  async open() {
    const dataDir = await mkdtemp(join(tmpdir(), "ghorfa-bench-"));
    const connection = await connect({ dataDir });
    return {
      ...connection,
      dispose: async () => {
        await connection.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** A scratch database `name` on the PostgreSQL server (GHORFA_BENCH_DATABASE_URL), dropped after. */
export function postgres(name: string): Target {
  return {
    name: "PostgreSQL",
    async open() {
      const database = `${name}_${process.pid}`;
      const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists "${database}"`);
      await admin.query(`create database "${database}"`);
      await admin.end();
      const url = new URL(POSTGRES_ADMIN_URL);
      url.pathname = `/${database}`;
      const connection = await connect({ databaseUrl: url.toString() });
      return {
        ...connection,
        dispose: async () => {
          await connection.close();
          const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
          await cleanup.connect();
          await cleanup.query(`drop database if exists "${database}" with (force)`);
          await cleanup.end();
        },
      };
    },
  };
}

/** Whether the PostgreSQL server answers: the benches skip it, saying so, when it does not. */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Starts `app` on a free loopback port and gives its base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}
