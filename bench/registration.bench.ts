import {
  type Event,
  newId,
  placeRegistration,
  type Registration,
  registrationEmailKey,
  registrationFee,
} from "@ghorfa/schemas";
import {
  apiKeys,
  createApp,
  type Database,
  eventTable,
  loadConfig,
  openEvent,
  registrationInput,
  registrationRow,
  registrationTable,
  seed,
} from "@ghorfa/server/testing";
import autocannon from "autocannon";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import type { Benchmark, Comparison } from "./harness";
import { listen, POSTGRES_ADMIN_URL, pglite, postgres, postgresReachable, type Target } from "./stores";

// events (issue 13): 32 clients registering at once to one event, through the chamber node and
// through a bare fastify route that runs the same SQL in the same kind of transaction (lock the
// event's row, count its seats, look for the e-mail, insert), on the same database engine. Every
// registration contends for one row lock, so this measures the node's HTTP layer around a
// serialized write: key lookup, rate limit (a database write), contract validation, the domain
// rules, problem handling and the request log. Contenders take turns, round after round, on a new
// event each run, so that neither runs against a bigger table than the other.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 32;

/** The bare baseline: the registration's transaction, and nothing around it. */
function bareServer(db: Database): FastifyInstance {
  const app = Fastify({ logger: false });
  app.post("/chambers/:chamberId/events/:eventId/registrations", async (request, reply) => {
    const { eventId } = request.params as { eventId: string };
    const input = request.body as ReturnType<typeof registrationInput>;
    const now = new Date().toISOString();
    const registration = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ data: eventTable.data })
        .from(eventTable)
        .where(eq(eventTable.id, eventId))
        .for("update");
      const event = row?.data as Event;
      const email = registrationEmailKey(input.participant.person.email);
      const [taken] = await tx
        .select({ id: registrationTable.id })
        .from(registrationTable)
        .where(
          and(
            eq(registrationTable.eventId, eventId),
            eq(registrationTable.email, email),
            ne(registrationTable.status, "cancelled"),
          ),
        );
      if (taken) throw new Error("already registered");
      const [held] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(registrationTable)
        .where(
          and(
            eq(registrationTable.eventId, eventId),
            inArray(registrationTable.status, ["confirmed", "attended"]),
          ),
        );
      const made = {
        id: newId("registration", "ma-09"),
        eventId,
        participant: input.participant,
        consent: { ...input.consent, at: now },
        status: placeRegistration(event.capacity, Number(held?.count ?? 0)),
        fee: registrationFee(event, input.participant),
        createdAt: now,
        updatedAt: now,
      } as Registration;
      await tx.insert(registrationTable).values(registrationRow(made));
      return made;
    });
    return reply.code(201).type("application/json").send(JSON.stringify(registration));
  });
  return app;
}

let bodies = 0;
/** A new participant each request (an e-mail registers once per event). */
const nextBody = () => JSON.stringify(registrationInput(2_000_000 + ++bodies));

interface Run {
  requests: number;
  seconds: number;
}

async function load(url: string, authorization?: string): Promise<Run> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { ...(authorization ? { authorization } : {}), "content-type": "application/json" },
    requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: nextBody() }) }],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`POST ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { requests: result.requests.total, seconds: result.duration };
}

async function measure(target: Target): Promise<Comparison> {
  const connection = await target.open();
  try {
    await seed(connection.db);
    const config = loadConfig({ GHORFA_RATE_LIMIT: "1000000000", LOG_LEVEL: "info" });
    const logger = pino({ level: "info" }, pino.destination("/dev/null"));
    const ghorfa = await createApp({ db: connection.db, config, logger });
    const bare = bareServer(connection.db);
    const [ghorfaUrl, bareUrl] = [await listen(ghorfa), await listen(bare)];
    const key = await apiKeys.create(connection.db, {
      chamberId: "ma-09",
      name: "bench",
      scopes: ["events:read", "events:write"],
    });
    const authorization = `Bearer ${key.secret}`;
    let events = 0;
    /** A new event for each run: as many seats as a run may ask, so both fill the same way. */
    const freshEvent = async () =>
      (await openEvent(connection.db, "ma-09", ++events, { capacity: 100_000 })).entity.id;
    const path = (eventId: string) => `/chambers/ma-09/events/${eventId}/registrations`;
    const contenders = {
      node: async () => load(`${ghorfaUrl}${path(await freshEvent())}`, authorization),
      bare: async () => load(`${bareUrl}${path(await freshEvent())}`),
    };
    const names = Object.keys(contenders) as (keyof typeof contenders)[];
    for (const name of names) await contenders[name]();
    const totals = { node: { requests: 0, seconds: 0 }, bare: { requests: 0, seconds: 0 } };
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const runs = {} as Record<keyof typeof contenders, Run>;
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + i) % names.length] as keyof typeof contenders;
        runs[name] = await contenders[name]();
        totals[name].requests += runs[name].requests;
        totals[name].seconds += runs[name].seconds;
      }
      ratios.push(runs.node.requests / runs.node.seconds / (runs.bare.requests / runs.bare.seconds));
    }
    ratios.sort((a, b) => a - b);
    await ghorfa.close();
    await bare.close();
    return {
      name: `POST registrations, ${CONNECTIONS} clients (${target.name}; ${ROUNDS} rounds; rounds' ratios ${ratios[0]?.toFixed(3)}–${ratios.at(-1)?.toFixed(3)})`,
      unit: "req/s",
      figure: totals.node.requests / totals.node.seconds,
      baseline: totals.bare.requests / totals.bare.seconds,
      baselineName: "bare fastify, same SQL",
      target: 0.6,
    };
  } finally {
    await connection.dispose();
  }
}

const bench: Benchmark = {
  name: "Event registrations over HTTP (autocannon, 32 connections)",
  async run() {
    const results = [await measure(pglite)];
    if (await postgresReachable()) results.push(await measure(postgres("ghorfa_bench_reg")));
    else console.log(`  (PostgreSQL at ${POSTGRES_ADMIN_URL} is not reachable: measured on PGlite only)`);
    return results;
  },
};

export default bench;
