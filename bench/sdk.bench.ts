import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { CONTRACT_VERSION } from "@ghorfa/contract";
import { completeIce } from "@ghorfa/schemas";
import { createClient } from "@ghorfa/sdk";
import { connect, createApp, loadConfig, pgliteExtensions, seed } from "@ghorfa/server/testing";
import ky from "ky";
import pino from "pino";
import type { Benchmark, Comparison } from "./harness";

// GET /chambers/ma-09/members?limit=50 with the SDK and with raw fetch beside it, 5,000 times one
// after the other and 20,000 times 32 at once, also with `validateResponses: true`, and ky alone.
//
// The server is a bare fastify in a child process replaying a 50-member page captured from the
// real node (apps/server on PGlite, the demo data and 7 more members), so the figures measure the
// client and not the database; the real node answers a few hundred of these a second, which would
// hide any client cost. Every contender talks to that one server process.
//
// The machine is shared, so its load moves while the bench runs. Each contender gets a warm-up,
// then the work is cut into many short rounds; in each round every contender runs once, one after
// the other (the order turns from round to round), so a slow moment or a garbage collection hits
// neighbours alike. A contender's figure is its requests over its time summed across all rounds,
// and the 10th–90th percentile of the rounds' own ratios is printed beside it.
//
// Then the same bench runs again, whole, on Node 22 (the SDK's other supported Node): the one
// scripts/runtime-matrix.sh installs for the client packages' suites, at the version it pins.

const PATH = "/chambers/ma-09/members?limit=50";
const SEQUENTIAL = { total: 5_000, rounds: 100, warmUp: 500 };
const CONCURRENT = { total: 20_000, rounds: 40, inFlight: 32, warmUp: 2_000 };
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Captured {
  body: string;
  headers: Record<string, string>;
}

/** A 50-member page as the real node serves it. */
async function capturePage(): Promise<Captured> {
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  const connection = await connect({ pglite });
  await seed(connection.db);
  const operatorKey = `ghorfa_bench_${crypto.randomUUID()}`;
  const config = loadConfig({ GHORFA_ADMIN_KEY: operatorKey, GHORFA_RATE_LIMIT: "1000000" });
  const app = await createApp({ db: connection.db, config, logger: pino({ level: "silent" }) });
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const operator = createClient({ baseUrl: url, apiKey: operatorKey });
    const scopes = ["members:read", "members:write"] as const;
    const { secret } = await operator.admin.keys.create({
      chamberId: "ma-09",
      name: "bench",
      scopes: [...scopes],
    });
    const ccis = createClient({ baseUrl: url, apiKey: secret }).chamber("ma-09");
    const { items } = await ccis.members.list({ limit: 50 });
    for (let n = items.length; n < 50; n++) {
      await ccis.members.create({
        legalName: `Entreprise de banc d'essai ${n}`,
        legalForm: "sarl",
        identifiers: {
          ice: completeIce(`00${String(7_000_000 + n)}0000`),
          rc: { court: "Agadir", number: String(90_000 + n) },
        },
        section: "services",
        activity: { fr: "Conseil", ar: "استشارة" },
        address: { region: "ma-09", prefecture: "Agadir Ida-Outanane", city: "Agadir" },
        contacts: {},
        labels: [],
      });
    }
    const response = await fetch(url + PATH, { headers: { authorization: `Bearer ${secret}` } });
    const body = await response.text();
    const page = JSON.parse(body) as { items: unknown[] };
    if (page.items.length !== 50) throw new Error(`captured ${page.items.length} members, not 50`);
    const headers: Record<string, string> = {};
    for (const name of ["content-type", "etag", "ghorfa-version", "content-language"]) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    return { body, headers };
  } finally {
    await app.close();
    await connection.close();
    await pglite.close();
  }
}

const REPLAY = `
const { readFileSync } = require("node:fs");
const body = readFileSync(process.env.PAGE_FILE);
const headers = JSON.parse(process.env.PAGE_HEADERS);
let count = 0;
const app = require("fastify")();
app.get("/chambers/ma-09/members", (request, reply) => {
  reply.headers(headers).header("x-request-id", request.headers["x-request-id"] ?? "r" + ++count).send(body);
});
app.listen({ port: 0, host: "127.0.0.1" }).then(() => console.log(app.server.address().port));
`;

async function startReplay(page: Captured): Promise<{ url: string; stop(): Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-bench-"));
  const file = join(folder, "page.json");
  await writeFile(file, page.body);
  const child = spawn(process.execPath, ["-e", REPLAY], {
    cwd: root,
    env: { ...process.env, PAGE_FILE: file, PAGE_HEADERS: JSON.stringify(page.headers) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", (code) => reject(new Error(`replay server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill();
      await exited;
      await rm(folder, { recursive: true });
    },
  };
}

type Contender = () => Promise<unknown>;

async function sequential(fn: Contender, count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await fn();
  return (count * 1000) / (performance.now() - start);
}

async function concurrent(fn: Contender, count: number, inFlight: number): Promise<number> {
  let started = 0;
  const worker = async () => {
    while (started++ < count) await fn();
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (count * 1000) / (performance.now() - start);
}

interface Rounds<K extends string> {
  /** Requests/s of each contender, round by round. */
  perRound: Record<K, number>[];
}

/** Every contender once a round, after a warm-up each, in an order that turns from round to round. */
async function race<K extends string>(
  contenders: Record<K, Contender>,
  run: (fn: Contender, count: number) => Promise<number>,
  { total, rounds, warmUp }: { total: number; rounds: number; warmUp: number },
): Promise<Rounds<K>> {
  const names = Object.keys(contenders) as K[];
  for (const name of names) await run(contenders[name], warmUp);
  const perRound: Record<K, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const figures = {} as Record<K, number>;
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as K;
      figures[name] = await run(contenders[name], total / rounds);
    }
    perRound.push(figures);
  }
  return { perRound };
}

/**
 * A contender against fetch over all rounds: each one's requests per second of time spent (the
 * rounds are of equal size), and the 10th and 90th percentile of the rounds' own ratios.
 */
function overall<K extends string>(rounds: Rounds<K>, name: K, baseline: K) {
  const seconds = (key: K) => rounds.perRound.reduce((sum, figures) => sum + 1 / figures[key], 0);
  const count = rounds.perRound.length;
  const ratios = rounds.perRound.map((figures) => figures[name] / figures[baseline]).sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.floor(q * (ratios.length - 1))] ?? 0;
  return { figure: count / seconds(name), baseline: count / seconds(baseline), spread: [at(0.1), at(0.9)] };
}

/** Every comparison of this bench, measured on the Node that runs it. */
async function measure(): Promise<Comparison[]> {
  const page = await capturePage();
  const server = await startReplay(page);
  try {
    const apiKey = "ghorfa_bench_key";
    const url = server.url + PATH;
    const headers = {
      accept: "application/json",
      authorization: `Bearer ${apiKey}`,
      "accept-language": "fr-MA",
      "ghorfa-version": CONTRACT_VERSION,
    };
    const plain = createClient({ baseUrl: server.url, apiKey, locale: "fr-MA" }).chamber("ma-09");
    const validating = createClient({
      baseUrl: server.url,
      apiKey,
      locale: "fr-MA",
      validateResponses: true,
    });
    const checked = validating.chamber("ma-09");
    await checked.members.list({ limit: 50 }); // loads the schemas, and proves the page is the contract's
    const contenders = {
      fetch: async () => (await fetch(url, { headers })).json(),
      ky: async () => (await ky(url, { headers, retry: 0, throwHttpErrors: false })).json(),
      sdk: () => plain.members.list({ limit: 50 }),
      validated: () => checked.members.list({ limit: 50 }),
    };
    const seq = await race(contenders, (fn, count) => sequential(fn, count), SEQUENTIAL);
    const conc = await race(
      contenders,
      (fn, count) => concurrent(fn, count, CONCURRENT.inFlight),
      CONCURRENT,
    );
    const versus = (
      name: string,
      rounds: Rounds<keyof typeof contenders>,
      contender: keyof typeof contenders,
      target?: number,
    ): Comparison => {
      const { figure, baseline, spread } = overall(rounds, contender, "fetch");
      return {
        name: `${name} (${rounds.perRound.length} rounds; rounds' ratios p10–p90 ${spread.map((r) => r.toFixed(3)).join("–")})`,
        unit: "req/s",
        figure,
        baseline,
        baselineName: "fetch",
        ...(target === undefined ? {} : { target }),
      };
    };
    return [
      versus("sequential, SDK", seq, "sdk", 0.9),
      versus("32 in flight, SDK", conc, "sdk", 0.8),
      versus("sequential, ky alone", seq, "ky"),
      versus("32 in flight, ky alone", conc, "ky"),
      versus("sequential, SDK validating", seq, "validated"),
      versus("32 in flight, SDK validating", conc, "validated"),
    ];
  } finally {
    await server.stop();
  }
}

/** This bench again, in a process of its own on Node 22, installed as the runtime matrix does. */
async function measureOnNode22(): Promise<Comparison[]> {
  const runtimes = process.env.GHORFA_RUNTIMES_DIR ?? join(tmpdir(), "ghorfa-runtimes");
  const node22 = join(runtimes, "node_modules", "node22", "bin", "node");
  if (!existsSync(node22)) {
    await promisify(execFile)("bash", [join(root, "scripts", "runtime-matrix.sh"), "install"], {
      cwd: root,
    });
  }
  const here = fileURLToPath(import.meta.url);
  const { stdout } = await promisify(execFile)(node22, ["--import", "tsx", here], {
    cwd: dirname(here),
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) as string) as Comparison[];
}

const onThisNode = (comparisons: Comparison[], version: string) =>
  comparisons.map((comparison) => ({ ...comparison, name: `Node ${version}, ${comparison.name}` }));

const bench: Benchmark = {
  name: "@ghorfa/sdk: GET a 50-member page, SDK vs raw fetch, on Node 24 and Node 22",
  async run(): Promise<Comparison[]> {
    const here = onThisNode(await measure(), process.versions.node);
    // GHORFA_BENCH_NODE22=0 skips the Node 22 run, to iterate on one Node.
    const skip22 = process.versions.node.startsWith("22.") || process.env.GHORFA_BENCH_NODE22 === "0";
    return skip22 ? here : [...here, ...(await measureOnNode22())];
  },
};

export default bench;

// Run by itself (as measureOnNode22 does): print this Node's comparisons, as JSON, last.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(onThisNode(await measure(), process.versions.node)));
}
