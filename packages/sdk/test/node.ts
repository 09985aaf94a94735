import { CHAMBER_SCOPES, type ChamberScope } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import { createApp } from "@ghorfa/server/src/app";
import { loadConfig } from "@ghorfa/server/src/config";
import { openTestDatabase, type TestDatabase } from "@ghorfa/server/src/db/testing";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { createClient } from "../src/client";

/** A real chamber node (apps/server on its own copy of the seeded PGlite database), listening on a local port. */
export interface TestNode {
  readonly url: string;
  readonly operatorKey: string;
  readonly database: TestDatabase;
  readonly app: FastifyInstance;
  /** A new API key of `chamberId` with `scopes`, made through the SDK with the operator key. */
  key(chamberId: ChamberId, scopes?: ChamberScope[]): Promise<string>;
  close(): Promise<void>;
}

export const ALL_SCOPES: ChamberScope[] = [...CHAMBER_SCOPES];

export async function startNode(env: Record<string, string> = {}): Promise<TestNode> {
  const database = await openTestDatabase();
  const operatorKey = `ghorfa_operator_${crypto.randomUUID()}`;
  const config = loadConfig({ GHORFA_RATE_LIMIT: "1000000", GHORFA_ADMIN_KEY: operatorKey, ...env });
  const app = await createApp({ db: database.db, config, logger: pino({ level: "silent" }) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const operator = createClient({ baseUrl: url, apiKey: operatorKey });
  return {
    url,
    operatorKey,
    database,
    app,
    async key(chamberId, scopes = ALL_SCOPES) {
      const created = await operator.admin.keys.create({ chamberId, name: `sdk test ${chamberId}`, scopes });
      return created.secret;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Points the directory entry of `chamberId` on `node` at `nodeUrl`, as a federation's directory would. */
export async function setNodeUrl(node: TestNode, chamberId: ChamberId, nodeUrl: string): Promise<void> {
  await node.database.db.execute(
    sql`update chambers set data = jsonb_set(data, '{nodeUrl}', to_jsonb(${nodeUrl}::text)) where id = ${chamberId}`,
  );
}
