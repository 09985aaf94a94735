import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { openTestDatabase, type TestDatabase } from "../src/db/testing";
import { apiKeys, members } from "../src/services";
import { memberInput } from "../src/services/test-inputs";
import { type NodeProcess, startNode, stopNode } from "./node-process";

// Two replicas share nothing but the database. On PostgreSQL they are two node processes; PGlite
// lives inside one process, which owns its data folder, so there they are two apps in this one.
const onPostgres = Boolean(process.env.GHORFA_TEST_DATABASE_URL);

interface Replica {
  post(
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): Promise<{ status: number; body: string; etag: string | null }>;
  close(): Promise<void>;
}

let database: TestDatabase;
let replicas: Replica[] = [];
let authorization: string;

async function processReplica(url: string): Promise<Replica> {
  const node: NodeProcess = await startNode({
    env: { DATABASE_URL: url, GHORFA_ADMIN_KEY: "ghorfa_replica-test-operator-key-0000000" },
  });
  return {
    post: async (path, headers, body) => {
      const response = await fetch(`${node.url}${path}`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.text(), etag: response.headers.get("etag") };
    },
    close: async () => {
      expect(await stopNode(node)).toBe(0);
    },
  };
}

async function inProcessReplica(db: TestDatabase["db"]): Promise<Replica> {
  const app = await createApp({
    db,
    config: loadConfig({ LOG_LEVEL: "silent" }),
    logger: (await import("pino")).pino({ level: "silent" }),
  });
  return {
    post: async (path, headers, body) => {
      const response = await app.inject({ method: "POST", url: path, headers, payload: body as object });
      return {
        status: response.statusCode,
        body: response.body,
        etag: (response.headers.etag as string) ?? null,
      };
    },
    close: () => app.close(),
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  const key = await apiKeys.create(database.db, {
    chamberId: "ma-09",
    name: "replicas",
    scopes: ["members:write"],
  });
  authorization = `Bearer ${key.secret}`;
  replicas = onPostgres
    ? await Promise.all([processReplica(database.url as string), processReplica(database.url as string)])
    : await Promise.all([inProcessReplica(database.db), inProcessReplica(database.db)]);
}, 240_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.close()));
  await database.close();
});

describe(`two replicas on one database (${onPostgres ? "two node processes on PostgreSQL" : "PGlite: one process owns the data folder, so two apps in one process"})`, () => {
  it("an Idempotency-Key sent to both at once writes once, and both answer the same", async () => {
    const body = memberInput(6001);
    const headers = {
      authorization,
      "idempotency-key": "two-replicas-6001",
      "content-type": "application/json",
    };
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (replicas[i % 2] as Replica).post("/chambers/ma-09/members", headers, body),
      ),
    );
    for (const response of responses) {
      expect(response.status, response.body).toBe(201);
      expect(response.body).toBe(responses[0]?.body);
      expect(response.etag).toBe(responses[0]?.etag);
    }
    const found = await members.list(database.db, {
      chamberId: "ma-09",
      limit: 100,
      q: body.identifiers.ice,
    });
    expect(found.items.filter((m) => m.identifiers.ice === body.identifiers.ice)).toHaveLength(1);
  });

  it("the same key with another body is refused by the other replica", async () => {
    const headers = {
      authorization,
      "idempotency-key": "two-replicas-6002",
      "content-type": "application/json",
    };
    const first = await (replicas[0] as Replica).post("/chambers/ma-09/members", headers, memberInput(6002));
    const other = await (replicas[1] as Replica).post("/chambers/ma-09/members", headers, memberInput(6003));
    expect(first.status).toBe(201);
    expect(other.status).toBe(422);
  });
});
