import { readdirSync } from "node:fs";
import { CHAMBER_SCOPES } from "@ghorfa/contract";
import { createClient } from "@ghorfa/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../../src/db/paths";
import {
  Cluster,
  createScratchDatabase,
  OPERATOR_KEY,
  type ScratchDatabase,
  sleep,
  waitFor,
} from "./cluster";
import { PAYMENT_YEAR, prepareLeases, runWorkload, summary, type WorkloadResult } from "./workload";

// Three replicas of the built node on one PostgreSQL database behind HAProxy, run with the
// deployment guide's own configuration: what docs/deployment.md promises, shown with real parts.

const WORKLOAD_SECONDS = Number(process.env.GHORFA_REPLICAS_SECONDS ?? 60);
const CLIENTS = 32;
/** The node's default GHORFA_KEY_SYNC_MS: how stale a replica's view of a key may be (README). */
const KEY_SYNC_MS = 250;
const DRAIN_DELAY_MS = 3_000;
const RATE_LIMIT = 30;

let database: ScratchDatabase;
let cluster: Cluster;
const operator = () => createClient({ baseUrl: cluster.url, apiKey: OPERATOR_KEY });

async function newKey(name: string, scopes = [...CHAMBER_SCOPES]) {
  const created = await operator().admin.keys.create({ chamberId: "ma-09", name, scopes });
  return { id: created.id, secret: created.secret };
}

const get = (base: string, path: string, key?: string) =>
  fetch(`${base}${path}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

beforeAll(async () => {
  database = await createScratchDatabase();
  cluster = await Cluster.start({
    databaseUrl: database.url,
    // node3 reaches PostgreSQL through a link the test can cut.
    linked: [2],
    env: { GHORFA_RATE_LIMIT: "1000000", GHORFA_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS) },
  });
}, 180_000);

afterAll(async () => {
  await cluster?.close();
  await database?.drop();
});

describe("three replicas on one PostgreSQL behind HAProxy", () => {
  it("started at once on a fresh database, they migrate it once and seed it once", async () => {
    const journal = readdirSync(migrationsFolder()).filter((name) => name.endsWith(".sql"));
    const applied = await database.query<{ hash: string; n: number }>(
      "select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash",
    );
    expect(applied).toHaveLength(journal.length);
    for (const row of applied) expect(row.n).toBe(1);
    const seeded = await database.query<{ n: number }>(
      "select count(*)::int as n from node_meta where key = 'seeded'",
    );
    expect(seeded[0]?.n).toBe(1);
    const states = await cluster.states();
    expect(states).toEqual({ node1: "UP", node2: "UP", node3: "UP" });
  });

  it(
    "under 32 SDK clients with a replica killed and restarted midway, no acknowledged write is lost or applied twice, and receipts have no gap",
    async () => {
      const key = await newKey("replica workload");
      const leases = await prepareLeases(cluster.url, key.secret, CLIENTS, 1);
      const [first] = cluster.replicas;
      if (!first) throw new Error("no replica");
      let restarted = false;
      const result: WorkloadResult = await runWorkload(
        {
          baseUrl: cluster.url,
          apiKey: key.secret,
          clients: CLIENTS,
          seconds: WORKLOAD_SECONDS,
          maxOps: 400 * WORKLOAD_SECONDS * CLIENTS,
          runId: 1,
          midway: {
            at: (WORKLOAD_SECONDS * 1000) / 3,
            run: async () => {
              await first.kill();
              await sleep(3_000);
              await first.start();
              await cluster.waitForStates({ node1: "UP" });
              restarted = true;
            },
          },
        },
        leases,
      );
      console.log(`replica workload: ${summary(result)}`);
      expect(restarted).toBe(true);
      expect(result.ops).toBeGreaterThan(0);

      // Members: every acknowledged create is there, once; a create that failed is there at most once.
      const ices = [...result.members.map((m) => m.ice), ...result.unknownCreates];
      const rows = await database.query<{
        id: string;
        ice: string;
        version: number;
        trade_name: string | null;
      }>(
        "select id, ice, version, data->>'tradeName' as trade_name from members where chamber_id = 'ma-09' and ice = any($1)",
        [ices],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const member of result.members) {
        const row = byId.get(member.id);
        expect(row, `member ${member.id}`).toBeDefined();
        expect(row?.ice).toBe(member.ice);
        // Each acknowledged update moved the version once; one of unknown outcome at most once.
        const moved = (row?.version ?? 0) - member.createdVersion;
        expect(moved).toBeGreaterThanOrEqual(member.ackedUpdates);
        expect(moved).toBeLessThanOrEqual(member.ackedUpdates + member.unknownUpdates);
        if (member.expectedTradeName !== undefined) expect(row?.trade_name).toBe(member.expectedTradeName);
      }
      expect(rows.length).toBeGreaterThanOrEqual(result.members.length);
      expect(rows.length).toBeLessThanOrEqual(result.members.length + result.unknownCreates.length);

      // Payments: every acknowledged one is there once, with its receipt; none is there twice.
      const references = [...result.payments.map((p) => p.reference), ...result.unknownPayments];
      const paid = await database.query<{ id: string; receipt_number: string; reference: string }>(
        "select id, receipt_number, data->>'reference' as reference from payments where chamber_id = 'ma-09' and data->>'reference' = any($1)",
        [references],
      );
      const byReference = new Map<string, typeof paid>();
      for (const row of paid)
        byReference.set(row.reference, [...(byReference.get(row.reference) ?? []), row]);
      for (const [reference, found] of byReference) expect(found, reference).toHaveLength(1);
      for (const payment of result.payments) {
        const found = byReference.get(payment.reference);
        expect(found?.[0]?.id).toBe(payment.id);
        expect(found?.[0]?.receipt_number).toBe(payment.receiptNumber);
      }

      // Receipt numbers of the year run 1…N with no gap and no repeat, and the counter says N.
      const receipts = await database.query<{ receipt_number: string }>(
        "select receipt_number from payments where chamber_id = 'ma-09' and receipt_number like $1 order by receipt_number",
        [`${PAYMENT_YEAR}-%`],
      );
      const numbers = receipts.map((row) => Number(row.receipt_number.slice(5)));
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      expect(numbers.length).toBeGreaterThanOrEqual(result.payments.length);
      const counter = await database.query<{ last: number }>(
        "select last from receipt_counters where chamber_id = 'ma-09' and year = $1",
        [PAYMENT_YEAR],
      );
      expect(counter[0]?.last).toBe(numbers.length);
    },
    (WORKLOAD_SECONDS + 120) * 1000,
  );

  it("a replica sent SIGTERM turns not ready, HAProxy takes it out before it stops, and no request fails", async () => {
    const second = cluster.replicas[1];
    if (!second?.node) throw new Error("no replica");
    const key = await newKey("drain");
    // No retries: a request the balancer sent to a closing replica would surface here.
    const ccis = createClient({ baseUrl: cluster.url, apiKey: key.secret, retry: false }).chamber("ma-09");
    let stop = false;
    let requests = 0;
    const failures: string[] = [];
    const load = Promise.all(
      Array.from({ length: 8 }, async () => {
        while (!stop) {
          try {
            await ccis.members.list({ limit: 5 });
            requests += 1;
          } catch (error) {
            failures.push(String(error));
          }
        }
      }),
    );
    await sleep(500);
    const node = second.node;
    node.child.kill("SIGTERM");
    let downWhileServing = false;
    await waitFor("node2 to exit", async () => {
      if (node.child.exitCode !== null) return true;
      if ((await cluster.states()).node2 === "DOWN" && node.child.exitCode === null) downWhileServing = true;
      return false;
    });
    await sleep(500);
    stop = true;
    await load;
    expect(await node.exited).toBe(0);
    expect(downWhileServing).toBe(true);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(0);
    await second.start();
    await cluster.waitForStates({ node2: "UP" });
  }, 60_000);

  it("a replica that cannot reach its database answers 503 on /readyz and HAProxy takes it out until it can", async () => {
    const third = cluster.replicas[2];
    const link = cluster.links.get(2);
    if (!third || !link) throw new Error("no linked replica");
    link.cut();
    try {
      const ready = await get(third.url, "/readyz");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ reason: "database" });
      expect((await get(third.url, "/healthz")).status).toBe(200);
      await cluster.waitForStates({ node1: "UP", node2: "UP", node3: "DOWN" });
    } finally {
      link.restore();
    }
    await cluster.waitForStates({ node3: "UP" });
    expect((await get(third.url, "/readyz")).status).toBe(200);
  }, 60_000);

  describe(`restarted with GHORFA_RATE_LIMIT=${RATE_LIMIT}`, () => {
    beforeAll(async () => {
      await Promise.all(cluster.replicas.map((replica) => replica.stop()));
      await Promise.all(
        cluster.replicas.map((replica) =>
          replica.start({ GHORFA_RATE_LIMIT: String(RATE_LIMIT), GHORFA_DRAIN_DELAY_MS: "0" }),
        ),
      );
      await cluster.waitForStates({ node1: "UP", node2: "UP", node3: "UP" });
    }, 60_000);

    it("a key over its rate limit is refused by every replica", async () => {
      const key = await newKey("limited", ["members:read"]);
      // Through the balancer until refused: each replica decides on the key's count at its last
      // sync plus its own since, so the refusal may come a sync window past the limit.
      const statuses: number[] = [];
      while (statuses.at(-1) !== 429 && statuses.length < 20 * RATE_LIMIT) {
        statuses.push((await get(cluster.url, "/chambers/ma-09/members?limit=1", key.secret)).status);
      }
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(RATE_LIMIT);
      // Every replica has sent its counts within one sync window; each sees the key's total.
      await sleep(2 * KEY_SYNC_MS);
      for (const replica of cluster.replicas) {
        const answer = await get(replica.url, "/chambers/ma-09/members?limit=1", key.secret);
        expect(answer.status, replica.name).toBe(429);
        expect(Number(answer.headers.get("retry-after")), replica.name).toBeGreaterThan(0);
      }
    });

    it("a client without a key cannot escape its address's limit by sending X-Forwarded-For", async () => {
      const statuses: number[] = [];
      while (statuses.at(-1) !== 429 && statuses.length < 20 * RATE_LIMIT) {
        const spoofed = `203.0.113.${statuses.length % 250}`;
        const answer = await fetch(`${cluster.url}/chambers`, { headers: { "x-forwarded-for": spoofed } });
        statuses.push(answer.status);
      }
      expect(statuses.at(-1)).toBe(429);
    });

    it(`a key revoked through one replica is refused by every replica within GHORFA_KEY_SYNC_MS (${KEY_SYNC_MS} ms)`, async () => {
      const key = await newKey("revoked", ["members:read"]);
      for (const replica of cluster.replicas) {
        expect((await get(replica.url, "/chambers/ma-09/members?limit=1", key.secret)).status).toBe(200);
      }
      const [first, ...others] = cluster.replicas;
      if (!first) throw new Error("no replica");
      const revoked = await fetch(`${first.url}/admin/keys/${key.id}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${OPERATOR_KEY}` },
      });
      expect(revoked.status).toBe(204);
      expect((await get(first.url, "/chambers/ma-09/members?limit=1", key.secret)).status).toBe(401);
      await sleep(KEY_SYNC_MS);
      for (const replica of others) {
        expect(
          (await get(replica.url, "/chambers/ma-09/members?limit=1", key.secret)).status,
          replica.name,
        ).toBe(401);
      }
    });
  });
});
