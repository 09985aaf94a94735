import { CHAMBER_SCOPES, type ChamberScope, routes } from "@ghorfa/contract";
import type { AccountRole, ChamberId, MemberId } from "@ghorfa/schemas";
import { accounts, createApp, loadConfig } from "@ghorfa/server/testing";
import { openTestDatabase, type TestDatabase } from "@ghorfa/server/testing/database";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import pino from "pino";

// A vitest project that starts nodes names `@ghorfa/testing/global-setup` in its `globalSetup`:
// it builds the migrated, seeded template each node's database is copied from.

/** A real chamber node (apps/server on its own copy of the seeded PGlite database), listening on a local port. */
export interface TestNode {
  readonly url: string;
  readonly operatorKey: string;
  readonly database: TestDatabase;
  readonly app: FastifyInstance;
  /** A new API key of `chamberId` with `scopes`, made over HTTP with the operator key. */
  key(chamberId: ChamberId, scopes?: ChamberScope[]): Promise<string>;
  /** A new sign-in account of `chamberId` (made in the database), and the password it signs in with. */
  account(
    chamberId: ChamberId,
    options?: { role?: AccountRole; memberId?: MemberId },
  ): Promise<{ email: string; password: string }>;
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
  return {
    url,
    operatorKey,
    database,
    app,
    async key(chamberId, scopes = ALL_SCOPES) {
      const route = routes["admin.keys.create"];
      const response = await fetch(new URL(route.path, url), {
        method: route.method,
        headers: { authorization: `Bearer ${operatorKey}`, "content-type": "application/json" },
        body: JSON.stringify({ chamberId, name: `sdk test ${chamberId}`, scopes }),
      });
      if (response.status !== 201)
        throw new Error(`${route.path} answered ${response.status}: ${await response.text()}`);
      return route.responses[201].parse(await response.json()).secret;
    },
    async account(chamberId, options = {}) {
      const password = "a test password, long enough";
      const email = `account-${crypto.randomUUID()}@node.test`;
      await accounts.create(database.db, {
        chamberId,
        email,
        displayName: "Test account",
        role: options.role ?? "agent",
        memberId: options.memberId,
        password,
      });
      return { email, password };
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
