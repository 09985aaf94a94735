import { type Member, newId } from "@ghorfa/schemas";
import {
  apiKeys,
  createApp,
  type Database,
  loadConfig,
  memberRow,
  members,
  memberTable,
  seed,
} from "@ghorfa/server/testing";
import { memberInput } from "@ghorfa/testing/inputs";
import autocannon from "autocannon";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import type { Benchmark, Comparison } from "./harness";
import { listen, POSTGRES_ADMIN_URL, pglite, postgres, postgresReachable, type Target } from "./stores";

// The chamber node against a bare fastify route that runs the same SQL on the same database, in
// the same process, measured with autocannon (bounded in time). What the ratio costs is Ghorfa's
// HTTP layer: key lookup, rate limit (a database write), contract validation, access rules,
// idempotency, response schema, problem handling, request log.
//
// The machine is shared, so its load moves while the bench runs, and the members table grows
// under the POSTs. After a warm-up, every contender runs once a round, for SECONDS, in an order
// that turns from round to round, so a slow moment hits neighbours alike; a figure is the
// contender's requests over its time summed across all rounds, and the 10th–90th percentile of
// the rounds' own ratios is printed beside it (the best round of each alone, as before, flattered
// whichever side had the quiet moment).

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CONNECTIONS = 10;

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

/** One autocannon run: the requests answered and the seconds it took. */
interface Run {
  requests: number;
  seconds: number;
}

async function load(
  url: string,
  method: "GET" | "POST",
  authorization?: string,
  { idempotent = false } = {},
): Promise<Run> {
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
  return { requests: result.requests.total, seconds: result.duration };
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
    const post = `/chambers/ma-09/members`;
    const list = "/chambers/ma-09/members?limit=50";
    const contenders = {
      getNode: () => load(`${ghorfaUrl}${list}`, "GET", authorization),
      getBare: () => load(`${bareUrl}${list}`, "GET"),
      postNode: () => load(`${ghorfaUrl}${post}`, "POST", authorization),
      postBare: () => load(`${bareUrl}${post}`, "POST"),
      postKeyNode: () => load(`${ghorfaUrl}${post}`, "POST", authorization, { idempotent: true }),
    };
    const rounds = await race(contenders);
    await ghorfa.close();
    await bare.close();
    const versus = (
      name: string,
      figure: keyof typeof contenders,
      baseline: keyof typeof contenders,
      least?: number,
    ): Comparison => {
      const all = overall(rounds, figure, baseline);
      return {
        name: `${name} (${target.name}; ${rounds.length} rounds; rounds' ratios p10–p90 ${all.spread.map((r) => r.toFixed(3)).join("–")})`,
        unit: "req/s",
        figure: all.figure,
        baseline: all.baseline,
        baselineName: "bare fastify, same SQL",
        ...(least === undefined ? {} : { target: least }),
      };
    };
    return [
      versus(`GET ${list}`, "getNode", "getBare", 0.85),
      versus(`POST ${post}`, "postNode", "postBare", 0.7),
      // An SDK sends a key on every unsafe request, so this is the POST as clients make it: the
      // key and its answer are one more INSERT in a transaction that the bare route does not open.
      versus(`POST ${post} with Idempotency-Key`, "postKeyNode", "postBare", 0.6),
    ];
  } finally {
    await connection.dispose();
  }
}

/** A warm-up, then ROUNDS rounds in which each contender runs once, in an order that turns. */
async function race<K extends string>(contenders: Record<K, () => Promise<Run>>): Promise<Record<K, Run>[]> {
  const names = Object.keys(contenders) as K[];
  for (const name of names) await contenders[name]();
  const rounds: Record<K, Run>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const runs = {} as Record<K, Run>;
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as K;
      runs[name] = await contenders[name]();
    }
    rounds.push(runs);
  }
  return rounds;
}

/** Requests per second of `name` and of `baseline` over all rounds, and the p10–p90 of the rounds' ratios. */
function overall<K extends string>(rounds: Record<K, Run>[], name: K, baseline: K) {
  const rate = (key: K) =>
    rounds.reduce((sum, runs) => sum + runs[key].requests, 0) /
    rounds.reduce((sum, runs) => sum + runs[key].seconds, 0);
  const ratios = rounds
    .map(
      (runs) => runs[name].requests / runs[name].seconds / (runs[baseline].requests / runs[baseline].seconds),
    )
    .sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.floor(q * (ratios.length - 1))] ?? 0;
  return { figure: rate(name), baseline: rate(baseline), spread: [at(0.1), at(0.9)] };
}

const bench: Benchmark = {
  name: "Chamber node over HTTP (autocannon, 10 connections)",
  async run() {
    const results = await measure(pglite);
    if (await postgresReachable()) results.push(...(await measure(postgres("ghorfa_bench"))));
    else console.log(`  (PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable: measured on PGlite only)`);
    return results;
  },
};

export default bench;
