import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { completeIce } from "@ghorfa/schemas";
import { apiKeys, createApp, loadConfig, seed } from "@ghorfa/server/testing";
import pino from "pino";
import type { Benchmark, Comparison } from "./harness";
import { listen, pglite, postgres, postgresReachable } from "./stores";

// apps/cli (issue 16): `ghorfa import members` of a 100,000-row CSV, as the built bin runs it, vs a
// plain loop of the SDK's `members.create` at the same concurrency on the same node (in a process of
// its own too: import-loop.mjs); and the
// importer's peak RSS after 10,000 rows and at the end (flat: streaming keeps no row it is done
// with). Runs on PostgreSQL when reachable, else PGlite. BENCH_IMPORT_ROWS makes a shorter run.

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const BASELINE_ROWS = Math.max(1_000, Math.round(ROWS / 5));
const CONCURRENCY = 4;
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const LOOP = fileURLToPath(new URL("./import-loop.mjs", import.meta.url));

const iceOf = (prefix: number, n: number) => completeIce(`${prefix}${String(n).padStart(8, "0")}0000`);

function body(prefix: number, n: number) {
  return {
    legalName: `Société ${prefix}-${n}`,
    legalForm: "sarl" as const,
    identifiers: { ice: iceOf(prefix, n), rc: { court: "Agadir", number: String(1 + (n % 9_999_999)) } },
    section: "services" as const,
    activity: { fr: "Conseil" },
    address: { region: "ma-09" as const, prefecture: "Agadir Ida-Outanane", city: "Agadir" },
    contacts: {},
    labels: [],
  };
}

async function writeFile(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write("Raison sociale;Forme juridique;ICE;RC;Tribunal;Secteur;Activité;Préfecture;Ville\r\n");
  for (let n = 1; n <= rows; n++) {
    const b = body(1, n);
    await write(
      `${b.legalName};SARL;${b.identifiers.ice};${b.identifiers.rc.number};Agadir;Services;Conseil;Agadir Ida-Outanane;Agadir\r\n`,
    );
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

/** Peak RSS of a process in MB, from /proc (VmHWM), or 0 where there is no /proc. */
async function peakRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}

async function importRun(path: string, url: string, key: string) {
  const child = spawn(
    process.execPath,
    [MAIN, "import", "members", path, "--concurrency", String(CONCURRENCY)],
    {
      env: { ...process.env, GHORFA_BASE_URL: url, GHORFA_API_KEY: key, GHORFA_CHAMBER: "ma-09" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let rssAt10k = 0;
  let peak = 0;
  let buffered = "";
  let summary: Record<string, number> = {};
  const poll = setInterval(async () => {
    peak = Math.max(peak, await peakRss(child.pid as number));
  }, 100);
  child.stdout.on("data", async (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const event = JSON.parse(line);
      if (event.event === "summary") summary = event;
      const done = event.created + event.skipped + event.failed + event.updated;
      if (rssAt10k === 0 && done >= Math.min(10_000, ROWS / 2)) rssAt10k = await peakRss(child.pid as number);
    }
  });
  const started = performance.now();
  await new Promise((resolve) => child.on("close", resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (summary.created !== ROWS)
    throw new Error(`import created ${summary.created} of ${ROWS}: ${JSON.stringify(summary)}`);
  return { rowsPerSecond: ROWS / seconds, rssAt10k, peak };
}

async function loopRun(url: string, key: string): Promise<number> {
  const child = spawn(process.execPath, [LOOP, url, key, String(BASELINE_ROWS), String(CONCURRENCY), "2"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise((resolve) => child.on("close", resolve));
  const rate = Number(out.trim());
  if (!(rate > 0)) throw new Error(`the SDK loop printed ${out}`);
  return rate;
}

const bench: Benchmark = {
  name: `ghorfa import members: ${ROWS.toLocaleString("en-US")} rows at concurrency ${CONCURRENCY}`,
  async run(): Promise<Comparison[]> {
    const target = (await postgresReachable()) ? postgres("ghorfa_bench_import") : pglite;
    const connection = await target.open();
    const dir = await mkdtemp(join(tmpdir(), "ghorfa-bench-import-"));
    try {
      await seed(connection.db);
      const config = loadConfig({ GHORFA_RATE_LIMIT: "1000000000" });
      const app = await createApp({ db: connection.db, config, logger: pino({ level: "silent" }) });
      const url = await listen(app);
      const { secret } = await apiKeys.create(connection.db, {
        chamberId: "ma-09",
        name: "bench",
        scopes: ["members:read", "members:write"],
      });
      const file = join(dir, "members.csv");
      await writeFile(file, ROWS);
      // The baseline first, on the smaller table: if anything, it is favoured.
      const loop = await loopRun(url, secret);
      const imported = await importRun(file, url, secret);
      await app.close();
      console.log(
        `  on ${target.name}; peak RSS ${imported.rssAt10k.toFixed(0)} MB after 10,000 rows, ${imported.peak.toFixed(0)} MB at the end`,
      );
      return [
        {
          name: "import rows/s",
          unit: "rows/s",
          figure: imported.rowsPerSecond,
          baseline: loop,
          baselineName: "SDK create loop",
          target: 0.8,
        },
        {
          // Inverted so that ≥ 1 is met: the budget over the peak.
          name: "RSS budget (250 MB) over peak RSS",
          unit: "MB",
          figure: 250,
          baseline: imported.peak,
          baselineName: "peak",
          target: 1,
        },
        {
          name: "peak RSS after 10,000 rows over peak at the end (flat ≈ 1)",
          unit: "MB",
          figure: imported.rssAt10k,
          baseline: imported.peak,
          baselineName: "end",
          target: 0.8,
        },
      ];
    } finally {
      await connection.dispose();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
