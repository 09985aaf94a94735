// The federation of twelve on this machine: one reference node per region, each hosting its
// region's chamber with generated demo data (GHORFA_DEMO_CHAMBERS), and a directory node whose
// `chambers.list` names the twelve with each one's URL (GHORFA_DEMO_DIRECTORY). The nodes are
// apps/server's build, so `npx turbo run build --filter=@ghorfa/server` first.
//
// On PostgreSQL (the default) each node has a database of its own, copied from a template that
// is migrated once: a copy costs a fraction of a migration, and thirteen migrations at once on
// two cores would cost thirteen. With `store: "pglite"` each node has its own PGlite folder.
//
// As a module: `const federation = await startFederation()` gives `{ directory, nodes, stop }`,
// each node `{ chamberId, url, ownUrl, stop, kill, proxy }`: `url` is where the directory says the
// chamber is, the node's own `ownUrl` or, for a chamber in `proxied`, a delay proxy in front of it
// (`proxy.setDelay(ms)` slows the node down as its callers see it).
// As a command: `node scripts/federation/start.mjs [--pglite]` prints the directory's URL and
// each node's, then keeps them running until it is itself stopped (SIGTERM, SIGINT).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { startDelayProxy } from "./delay-proxy.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "../..");

export const CHAMBER_IDS = Array.from({ length: 12 }, (_, i) => `ma-${String(i + 1).padStart(2, "0")}`);

/** The server CI and the other helpers share: each run makes databases of its own there. */
export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** `count` ports free now, each held until all are found so no two are the same. */
async function freePorts(count) {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = createServer();
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      return server;
    }),
  );
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

const withDatabase = (url, database) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

async function asAdmin(adminUrl, work) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** One migrated template, then one copy of it per name: the nodes find their schema up to date. */
async function createDatabases(adminUrl, prefix, names) {
  const template = `${prefix}_template`;
  await asAdmin(adminUrl, (admin) => admin.query(`create database "${template}"`));
  try {
    const pool = new pg.Pool({ connectionString: withDatabase(adminUrl, template), max: 1 });
    try {
      await migrate(drizzle({ client: pool }), { migrationsFolder: join(repo, "apps/server/drizzle") });
    } finally {
      await pool.end();
    }
    await asAdmin(adminUrl, async (admin) => {
      for (const name of names) await admin.query(`create database "${name}" template "${template}"`);
    });
  } finally {
    await asAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${template}"`));
  }
}

/**
 * Drops the databases of federations whose process is gone (killed before its `stop`): their
 * names carry the pid (`fed_<pid>_…`). Another live run's databases are left alone.
 */
export async function dropOrphans(adminUrl = DEFAULT_ADMIN_URL) {
  await asAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query("select datname from pg_database where datname like 'fed\\_%'");
    for (const { datname } of rows) {
      const pid = Number(/^fed_(\d+)_/.exec(datname)?.[1]);
      if (!Number.isInteger(pid) || isAlive(pid)) continue;
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

async function dropDatabases(adminUrl, names) {
  await asAdmin(adminUrl, async (admin) => {
    for (const name of names) await admin.query(`drop database if exists "${name}" with (force)`);
  });
}

/** Starts one node and resolves once it prints its banner; rejects with its output if it cannot. */
async function startNode({ env, dataDir, timeoutMs }) {
  const child = spawn(join(repo, "node_modules/.bin/node"), ["apps/server/dist/main.js"], {
    cwd: repo,
    env: { ...process.env, LOG_LEVEL: "warn", GHORFA_DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = once(child, "exit");
  let output = "";
  child.stderr.setEncoding("utf8").on("data", (text) => {
    output += text;
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const kill = async () => {
    if (running()) child.kill("SIGKILL");
    await exited;
  };
  const stop = async () => {
    if (running()) {
      child.kill("SIGTERM"); // the node finishes its requests and closes its database
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && running()) {
    if (/^ *Ghorfa chamber node +http/m.test(output))
      return { pid: child.pid, stop, kill, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const how = running() ? `not within ${timeoutMs} ms` : `exit ${child.exitCode ?? child.signalCode}`;
  await kill();
  throw new Error(`a node did not start (${how}; its output follows)\n${output}`);
}

/**
 * Starts the twelve nodes and the directory, all at once. `store`: "postgres" (a database each on
 * `adminUrl`'s server, named `<prefix>_…`) or "pglite" (a folder each). `env` adds to every node's
 * environment. The chambers in `proxied` are reached through a delay proxy (no delay until one is
 * set). Resolves once every node answers; the nodes and their data do not outlive `stop`.
 *
 * @param {{ store?: "postgres" | "pglite", adminUrl?: string, prefix?: string, chambers?: string[],
 *   proxied?: string[], env?: Record<string, string>, timeoutMs?: number }} [options]
 */
export async function startFederation({
  store = "postgres",
  adminUrl = DEFAULT_ADMIN_URL,
  prefix = `fed_${process.pid}_${Date.now().toString(36)}`,
  chambers = CHAMBER_IDS,
  proxied = [],
  env = {},
  timeoutMs = 180_000,
} = {}) {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), "ghorfa-federation-"));
  const names = [...chambers, "directory"].map((name) => `${prefix}_${name.replace("-", "_")}`);
  const nodes = [];
  const proxies = [];
  let databases = [];
  const removeOnExit = () => {
    for (const node of nodes) {
      try {
        process.kill(node.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  const stop = async () => {
    await Promise.all([...proxies, ...nodes].map((part) => part.stop()));
    process.off("exit", removeOnExit);
    if (databases.length > 0) await dropDatabases(adminUrl, databases);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const ports = await freePorts(chambers.length + 1);
    const urlOf = (i) => `http://127.0.0.1:${ports[i]}`;
    if (store === "postgres") {
      await dropOrphans(adminUrl);
      databases = names;
      await createDatabases(adminUrl, prefix, names);
    } else if (store !== "pglite") {
      throw new TypeError(`No store "${store}": "postgres" or "pglite"`);
    }
    process.on("exit", removeOnExit);
    const proxyOf = new Map();
    for (const chamberId of proxied) {
      const proxy = await startDelayProxy({ target: urlOf(chambers.indexOf(chamberId)) });
      proxies.push(proxy);
      proxyOf.set(chamberId, proxy);
    }
    const reachedAt = (i) => proxyOf.get(chambers[i])?.url ?? urlOf(i);
    const common = (i) => ({
      PORT: String(ports[i]),
      HOST: "127.0.0.1",
      GHORFA_PUBLIC_URL: urlOf(i),
      // Benchmarks ask every node many times a second from one address.
      GHORFA_RATE_LIMIT: "1000000",
      ...(store === "postgres" ? { DATABASE_URL: withDatabase(adminUrl, names[i]) } : {}),
      ...env,
    });
    const directoryEnv = {
      ...common(chambers.length),
      GHORFA_DEMO_DIRECTORY: chambers.map((id, i) => `${id}=${reachedAt(i)}`).join(","),
    };
    const starts = [
      ...chambers.map((chamberId, i) => ({
        chamberId,
        env: { ...common(i), GHORFA_DEMO_CHAMBERS: chamberId },
      })),
      { chamberId: undefined, env: directoryEnv },
    ].map(async ({ chamberId, env: nodeEnv }, i) => {
      const node = await startNode({ env: nodeEnv, dataDir: join(dir, names[i]), timeoutMs });
      const entry = {
        chamberId,
        url: reachedAt(i),
        ownUrl: urlOf(i),
        proxy: proxyOf.get(chamberId),
        ...node,
      };
      nodes.push(entry);
      return entry;
    });
    const settled = await Promise.allSettled(starts);
    const failed = settled.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    const all = settled.map((result) => result.value);
    return {
      directory: all[chambers.length].url,
      nodes: all.slice(0, chambers.length),
      store,
      startMs: performance.now() - started,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const federation = await startFederation({
      store: process.argv.includes("--pglite") ? "pglite" : "postgres",
    });
    for (const signal of ["SIGTERM", "SIGINT"]) {
      process.on(signal, () => federation.stop().then(() => process.exit(0)));
    }
    const lines = [
      `directory ${federation.directory}`,
      ...federation.nodes.map((node) => `${node.chamberId}     ${node.url}`),
      `(${federation.store}, started in ${(federation.startMs / 1000).toFixed(1)} s)`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
