import { createFederation, type Federation, NetworkError, type NodeFailure, TimeoutError } from "@ghorfa/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAMBER_IDS, DEFAULT_ADMIN_URL, dropOrphans, startFederation } from "./start.mjs";

// The federation of twelve (issue 17), with real parts: twelve built nodes, one per region, each
// on a PostgreSQL database of its own, and a directory node naming them; the SDK's federation
// client finds the nodes through the directory. Then three nodes fail at once: two stopped (one
// closes cleanly, one is killed) and one slowed, by a proxy in front of it, past the per-node
// timeout. The query still answers, in about that timeout, with the nine answers and the three
// failures named.

/** The per-node timeout; the slowed node answers only after twice as long. */
const NODE_TIMEOUT = 2_000;
/** How much past the per-node timeout a federated query may return (the bound). */
const GRACE = 1.1;
const SLOWED = "ma-07";
const STOPPED = "ma-03";
const KILLED = "ma-11";
/** Two members match in every region: each region's logistics firm and its second branch. */
const SEARCH = { q: "logistique" };
const MATCHES_PER_REGION = 2;
const EVENTS_PER_REGION = 3;

type Started = Awaited<ReturnType<typeof startFederation>>;
let federation: Started;
let urlOf: (chamberId: string) => string;

const chamberOf = (id: string) => id.split("_")[1];
const chambersIn = (items: readonly { id: string }[]) =>
  [...new Set(items.map((item) => chamberOf(item.id)))].sort();
/** What a failure says, in a form a test can compare: where, which chamber, which kind of error. */
const named = (failure: NodeFailure) => ({
  node: failure.node,
  chamberId: failure.chamberId,
  kind:
    failure.error instanceof TimeoutError
      ? "timeout"
      : failure.error instanceof NetworkError
        ? "network"
        : "other",
});
/** The runtime's code for the network error under an SDK NetworkError (ECONNREFUSED…). */
const causeCode = (error: Error) => {
  let cause: unknown = error.cause;
  while (cause instanceof Error && !("code" in cause)) cause = cause.cause;
  return (cause as { code?: string } | undefined)?.code;
};

beforeAll(async () => {
  federation = await startFederation({ proxied: [SLOWED] });
  urlOf = (chamberId) => federation.nodes.find((node) => node.chamberId === chamberId)?.url ?? "";
});
afterAll(() => federation?.stop());

describe("the federation of twelve, every node up", () => {
  let client: Federation;
  beforeAll(() => {
    client = createFederation({ nodes: { directory: federation.directory }, nodeTimeout: NODE_TIMEOUT });
  });

  it("finds the twelve nodes through the directory, each chamber at its own node", async () => {
    expect((await client.nodes()).sort()).toEqual(federation.nodes.map((node) => node.url).sort());
    const { items } = await client.client(federation.directory).chambers.list();
    expect(items.map((chamber) => [chamber.id, chamber.nodeUrl])).toEqual(
      CHAMBER_IDS.map((id: string) => [id, urlOf(id)]),
    );
  });

  it("searches the members of the twelve chambers at once: every chamber's matches, ids never colliding", async () => {
    const { items, failures } = await client.list("members", SEARCH);
    expect(failures).toEqual([]);
    expect(chambersIn(items)).toEqual(CHAMBER_IDS);
    expect(items).toHaveLength(12 * MATCHES_PER_REGION);
    expect(new Set(items.map((member) => member.id)).size).toBe(items.length);
    for (const member of items) {
      expect(member.legalName).toMatch(/Logistique/);
      expect(member.chamberId).toBe(chamberOf(member.id));
    }
  });

  it("lists the public upcoming events of all twelve chambers", async () => {
    const { items, failures } = await client.upcomingEvents();
    expect(failures).toEqual([]);
    expect(chambersIn(items)).toEqual(CHAMBER_IDS);
    expect(items).toHaveLength(12 * EVENTS_PER_REGION);
    expect(new Set(items.map((event) => event.id)).size).toBe(items.length);
  });
});

describe("the federation of twelve, two nodes stopped and one slowed past the per-node timeout", () => {
  let client: Federation;
  let expected: ReturnType<typeof named>[];
  const nine = CHAMBER_IDS.filter((id: string) => ![SLOWED, STOPPED, KILLED].includes(id));

  beforeAll(async () => {
    const node = (chamberId: string) => federation.nodes.find((n) => n.chamberId === chamberId);
    await node(STOPPED)?.stop();
    await node(KILLED)?.kill();
    node(SLOWED)?.proxy?.setDelay(NODE_TIMEOUT * 2);
    client = createFederation({ nodes: { directory: federation.directory }, nodeTimeout: NODE_TIMEOUT });
    await client.nodes(); // the directory is asked once, before the clock starts
    expected = [
      { node: urlOf(STOPPED), chamberId: STOPPED, kind: "network" },
      { node: urlOf(SLOWED), chamberId: SLOWED, kind: "timeout" },
      { node: urlOf(KILLED), chamberId: KILLED, kind: "network" },
    ];
  });

  /** Runs `query`, and how long it took from the call to its answer. */
  async function timed<T>(query: () => Promise<T>): Promise<{ answer: T; ms: number }> {
    const start = performance.now();
    const answer = await query();
    return { answer, ms: performance.now() - start };
  }

  it("answers a member search with the nine chambers' matches, naming the three that failed and why", async () => {
    const { answer, ms } = await timed(() => client.list("members", SEARCH));
    expect(chambersIn(answer.items)).toEqual(nine);
    expect(answer.items).toHaveLength(9 * MATCHES_PER_REGION);
    const failures = answer.failures
      .map(named)
      .sort((a, b) => String(a.chamberId).localeCompare(String(b.chamberId)));
    expect(failures).toEqual(expected);
    for (const failure of answer.failures.filter((f) => f.error instanceof NetworkError)) {
      expect(causeCode(failure.error)).toBe("ECONNREFUSED");
    }
    expect(ms).toBeLessThanOrEqual(NODE_TIMEOUT * GRACE);
  });

  it("answers the public events of all chambers with the nine chambers' events, naming the three that failed", async () => {
    const { answer, ms } = await timed(() => client.upcomingEvents());
    expect(chambersIn(answer.items)).toEqual(nine);
    expect(answer.items).toHaveLength(9 * EVENTS_PER_REGION);
    const failures = answer.failures
      .map(named)
      .sort((a, b) => String(a.chamberId).localeCompare(String(b.chamberId)));
    expect(failures).toEqual(expected);
    expect(ms).toBeLessThanOrEqual(NODE_TIMEOUT * GRACE);
  });
});

describe("a federation whose process died before its stop", () => {
  it("leaves databases the next start drops, and a live run's databases are kept", async () => {
    const { spawnSync } = await import("node:child_process");
    const pg = (await import("pg")).default;
    // A pid that no process holds any more: a child that has already exited.
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const orphan = `fed_${dead}_orphan_ma_01`;
    const live = `fed_${process.pid}_live_ma_01`;
    const admin = new pg.Client({ connectionString: DEFAULT_ADMIN_URL });
    await admin.connect();
    try {
      for (const name of [orphan, live]) await admin.query(`create database "${name}"`);
      await dropOrphans();
      const { rows } = await admin.query(
        "select datname from pg_database where datname = any($1::text[]) order by datname",
        [[orphan, live]],
      );
      expect(rows.map((row: { datname: string }) => row.datname)).toEqual([live]);
    } finally {
      for (const name of [orphan, live]) await admin.query(`drop database if exists "${name}"`);
      await admin.end();
    }
  });
});
