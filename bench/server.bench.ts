import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Member, newId } from "@ghorfa/schemas";
import {
  apiKeys,
  connect,
  createApp,
  type Database,
  type DatabaseConnection,
  loadConfig,
  memberRow,
  members,
  memberTable,
  seed,
} from "@ghorfa/server/testing";
import { memberInput } from "@ghorfa/testing/inputs";
import autocannon from "autocannon";
import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import pino from "pino";
import type { Benchmark, Comparison } from "./harness";

// The chamber node against a bare fastify route that runs the same SQL on the same database, in
// the same process, measured alternately with autocannon (bounded in time). What the ratio costs
// is Ghorfa's HTTP layer: key lookup, rate limit (a database write), contract validation,
// access rules, idempotency, response schema, problem handling, request log.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;
const POSTGRES_ADMIN_URL =
  process.env.GHORFA_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The bare baseline: the members page query and the member insert, and nothing around them. */
function bareServer(db: Database): FastifyInstance {
  const app = Fastify({ logger: false });
  app.get("/chambers/:chamberId/members", async (request, reply) => {
    const page = await members.list(db, {
      chamberId: "ma-09",
      limit: Number((request.query as { limit?: string }).limit ?? 50),
    });
    return reply.type("application/json").send(JSON.stringify(page));
  });
  app.post("/chambers/:chamberId/members", async (request, reply) => {
    const now = new Date().toISOString();
    const member = {
      ...(request.body as object),
      id: newId("member", "ma-09"),
      chamberId: "ma-09",
      status: "pending",
      createdAt: now,
      updatedAt: now,
    } as Member;
    await db.insert(memberTable).values(memberRow(member));
    return reply.code(201).type("application/json").send(JSON.stringify(member));
  });
  return app;
}

let bodies = 0;
/** A new member each request (a chamber holds an ICE once). */
const nextBody = () => JSON.stringify(memberInput(1_000_000 + ++bodies));

async function requestsPerSecond(
  url: string,
  method: "GET" | "POST",
  authorization?: string,
  { idempotent = false } = {},
): Promise<number> {
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { ...(authorization ? { authorization } : {}), "content-type": "application/json" },
    ...(method === "POST"
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                body: nextBody(),
                headers: {
                  ...request.headers,
                  ...(idempotent ? { "idempotency-key": `bench-${bodies}` } : {}),
                },
              }),
            },
          ],
        }
      : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${method} ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

interface Target {
  name: string;
  open(): Promise<DatabaseConnection & { dispose(): Promise<void> }>;
}

const pglite: Target = {
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

const postgres: Target = {
  name: "PostgreSQL",
  async open() {
    const database = `ghorfa_bench_${process.pid}`;
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

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function measure(target: Target): Promise<Comparison[]> {
  const connection = await target.open();
  try {
    await seed(connection.db);
    const config = loadConfig({ GHORFA_RATE_LIMIT: "1000000000", LOG_LEVEL: "info" });
    // Logs go where they would in production (a JSON line per request), but to /dev/null here.
    const logger = pino({ level: "info" }, pino.destination("/dev/null"));
    const ghorfa = await createApp({ db: connection.db, config, logger });
    const bare = bareServer(connection.db);
    const [ghorfaUrl, bareUrl] = [await listen(ghorfa), await listen(bare)];
    const key = await apiKeys.create(connection.db, {
      chamberId: "ma-09",
      name: "bench",
      scopes: ["members:read", "members:write"],
    });
    const authorization = `Bearer ${key.secret}`;
    const best = { getG: 0, getB: 0, postG: 0, postB: 0, postKeyG: 0 };
    const post = `/chambers/ma-09/members`;
    const list = "/chambers/ma-09/members?limit=50";
    // Warm-up, then alternate rounds so that a slow moment of the machine hits both.
    await requestsPerSecond(`${ghorfaUrl}${list}`, "GET", authorization);
    await requestsPerSecond(`${bareUrl}${list}`, "GET");
    for (let round = 0; round < ROUNDS; round++) {
      best.getG = Math.max(best.getG, await requestsPerSecond(`${ghorfaUrl}${list}`, "GET", authorization));
      best.getB = Math.max(best.getB, await requestsPerSecond(`${bareUrl}${list}`, "GET"));
      best.postG = Math.max(
        best.postG,
        await requestsPerSecond(`${ghorfaUrl}${post}`, "POST", authorization),
      );
      best.postB = Math.max(best.postB, await requestsPerSecond(`${bareUrl}${post}`, "POST"));
      best.postKeyG = Math.max(
        best.postKeyG,
        await requestsPerSecond(`${ghorfaUrl}${post}`, "POST", authorization, { idempotent: true }),
      );
    }
    await ghorfa.close();
    await bare.close();
    const baselineName = "bare fastify, same SQL";
    return [
      {
        name: `GET ${list} (${target.name})`,
        unit: "req/s",
        figure: best.getG,
        baseline: best.getB,
        baselineName,
        target: 0.85,
      },
      {
        name: `POST ${post} (${target.name})`,
        unit: "req/s",
        figure: best.postG,
        baseline: best.postB,
        baselineName,
        target: 0.7,
      },
      // The same POST with an Idempotency-Key: its claim and its stored answer are two more writes in
      // the member's transaction, a cost the bare route does not pay. Shown, with no target.
      {
        name: `POST ${post} with Idempotency-Key (${target.name})`,
        unit: "req/s",
        figure: best.postKeyG,
        baseline: best.postB,
        baselineName,
      },
    ];
  } finally {
    await connection.dispose();
  }
}

const bench: Benchmark = {
  name: "Chamber node over HTTP (autocannon, 10 connections)",
  async run() {
    const results = await measure(pglite);
    if (await postgresReachable()) results.push(...(await measure(postgres)));
    else console.log(`  (PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable: measured on PGlite only)`);
    return results;
  },
};

export default bench;
