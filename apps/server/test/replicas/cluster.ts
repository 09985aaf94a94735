import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type NodeProcess, startNode } from "../node-process";

// A deployment on loopback, as docs/deployment.md describes it: replicas of the built node
// (dist/main.js) on one PostgreSQL database, behind HAProxy run with the guide's own configuration.

const repo = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
/** The HAProxy configuration the deployment guide shows; its addresses come from the environment. */
export const HAPROXY_CFG = join(repo, "docs/deployment/haproxy.cfg");
export const DEPLOYMENT_GUIDE = join(repo, "docs/deployment.md");
/** The replicas the configuration names (node1…node3). */
export const SERVER_NAMES = ["node1", "node2", "node3"] as const;
export const OPERATOR_KEY = `ghorfa_replicas-operator-${"0".repeat(24)}`;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 100 ms until it holds; throws with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A database of its own on the PostgreSQL server, dropped by `drop()`. */
export interface ScratchDatabase {
  url: string;
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function createScratchDatabase(
  adminUrl = process.env.GHORFA_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
): Promise<ScratchDatabase> {
  // The pid in the name lets a later run drop what a run killed before its `drop` left behind.
  const name = `rep_ghorfa_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`The replica test needs PostgreSQL at ${adminUrl} (GHORFA_TEST_DATABASE_URL)`, {
      cause: error,
    });
  }
  const { rows } = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'rep\\_ghorfa\\_%'",
  );
  for (const { datname } of rows) {
    const pid = Number(/^rep_ghorfa_(\d+)_/.exec(datname)?.[1]);
    if (Number.isInteger(pid) && !isAlive(pid))
      await admin.query(`drop database if exists "${datname}" with (force)`);
  }
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.href, max: 2 });
  pool.on("error", () => {});
  return {
    url: url.href,
    query: async (text, values) => (await pool.query(text, values)).rows,
    drop: async () => {
      await pool.end();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

/**
 * A TCP relay between one replica and PostgreSQL that the test can cut: the replica then cannot
 * reach its database (its connections reset, new ones refused) until `restore()`.
 */
export class DatabaseLink {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #cut = false;
  port = 0;

  private constructor(target: { host: string; port: number }) {
    this.#server = createServer((client) => {
      if (this.#cut) return void client.destroy();
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on("close", () => this.#sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
  }

  static async open(databaseUrl: string): Promise<{ link: DatabaseLink; url: string }> {
    const url = new URL(databaseUrl);
    const link = new DatabaseLink({ host: url.hostname, port: Number(url.port || 5432) });
    await new Promise<void>((resolve) => link.#server.listen(0, "127.0.0.1", resolve));
    link.port = (link.#server.address() as { port: number }).port;
    url.hostname = "127.0.0.1";
    url.port = String(link.port);
    return { link, url: url.href };
  }

  cut(): void {
    this.#cut = true;
    for (const socket of this.#sockets) socket.destroy();
  }

  restore(): void {
    this.#cut = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

/** One replica: a node process on a port of its own, restartable on that same port. */
export class Replica {
  node: NodeProcess | undefined;
  readonly url: string;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(env: Record<string, string> = {}): Promise<void> {
    this.node = await startNode({
      built: true,
      env: { ...this.env, ...env, PORT: String(this.port), HOST: "127.0.0.1" },
    });
  }

  /** SIGKILL: the process dies with its requests in flight and its connections open. */
  async kill(): Promise<void> {
    const node = this.node;
    if (!node || node.child.exitCode !== null || node.child.signalCode !== null) return;
    node.child.kill("SIGKILL");
    await node.exited;
  }

  /** SIGTERM, and the exit code once the process has ended. */
  async stop(): Promise<number | null> {
    const node = this.node;
    if (!node) return null;
    if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill("SIGTERM");
    return node.exited;
  }
}

export interface ClusterOptions {
  /** How many replicas run (1 to 3); the configuration's other servers stay in maintenance. */
  replicas?: number;
  databaseUrl: string;
  /** Added to every replica's environment. */
  env?: Record<string, string>;
  /** Replicas whose database connection goes through a `DatabaseLink` the test can cut. */
  linked?: readonly number[];
}

/** Replicas of the built node behind HAProxy started with docs/deployment/haproxy.cfg. */
export class Cluster {
  readonly replicas: Replica[] = [];
  readonly links = new Map<number, DatabaseLink>();
  haproxy: ChildProcess | undefined;
  haproxyOutput = "";
  url = "";
  #socket = "";
  #dir = "";

  static async start(options: ClusterOptions): Promise<Cluster> {
    const cluster = new Cluster();
    try {
      await cluster.#start(options);
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  async #start({ replicas = 3, databaseUrl, env = {}, linked = [] }: ClusterOptions): Promise<void> {
    const haproxy = haproxyBinary();
    this.#dir = await mkdtemp(join(tmpdir(), "ghorfa-replicas-"));
    this.#socket = join(this.#dir, "haproxy.sock");
    const ports = await Promise.all(SERVER_NAMES.map(() => freePort()));
    for (let i = 0; i < replicas; i++) {
      let url = databaseUrl;
      if (linked.includes(i)) {
        const opened = await DatabaseLink.open(databaseUrl);
        this.links.set(i, opened.link);
        url = opened.url;
      }
      this.replicas.push(
        new Replica(SERVER_NAMES[i] as string, ports[i] as number, {
          DATABASE_URL: url,
          GHORFA_ADMIN_KEY: OPERATOR_KEY,
          GHORFA_TRUST_PROXY: "true",
          GHORFA_DATA_DIR: join(this.#dir, `data-${i}`),
          LOG_LEVEL: "warn",
          ...env,
        }),
      );
    }
    // All at once, on a database that may be fresh: migrations and seeding must not race.
    await Promise.all(this.replicas.map((replica) => replica.start()));

    const listen = await freePort();
    this.url = `http://127.0.0.1:${listen}`;
    this.haproxy = spawn(haproxy, ["-db", "-f", HAPROXY_CFG], {
      env: {
        ...process.env,
        GHORFA_LISTEN: `127.0.0.1:${listen}`,
        GHORFA_HAPROXY_SOCKET: this.#socket,
        ...Object.fromEntries(SERVER_NAMES.map((_, i) => [`GHORFA_NODE${i + 1}`, `127.0.0.1:${ports[i]}`])),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (chunk: Buffer) => {
      this.haproxyOutput = (this.haproxyOutput + String(chunk)).slice(-20_000);
    };
    this.haproxy.stdout?.on("data", collect);
    this.haproxy.stderr?.on("data", collect);
    await waitFor(
      "HAProxy's admin socket",
      async () => {
        if (this.haproxy?.exitCode !== null) throw new Error(`HAProxy exited:\n${this.haproxyOutput}`);
        return this.admin("show info").then(
          () => true,
          () => false,
        );
      },
      15_000,
    );
    // The servers the configuration names beyond the running replicas are set aside.
    for (const name of SERVER_NAMES.slice(replicas)) await this.admin(`disable server nodes/${name}`);
    await this.waitForStates(Object.fromEntries(this.replicas.map((r) => [r.name, "UP"])));
  }

  /** A command on HAProxy's admin socket, and its answer. */
  admin(command: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(this.#socket);
      let answer = "";
      socket.setEncoding("utf8");
      socket.on("data", (text) => {
        answer += text;
      });
      socket.on("error", reject);
      socket.on("end", () => resolve(answer));
      socket.on("connect", () => socket.write(`${command}\n`));
    });
  }

  /** What HAProxy thinks of each server of the `nodes` backend: UP, DOWN, MAINT… */
  async states(): Promise<Record<string, string>> {
    const csv = await this.admin("show stat");
    const [header, ...rows] = csv.replace(/^# /, "").trim().split("\n");
    const columns = (header ?? "").split(",");
    const at = (name: string) => columns.indexOf(name);
    const states: Record<string, string> = {};
    for (const row of rows) {
      const cells = row.split(",");
      if (cells[at("pxname")] === "nodes" && SERVER_NAMES.includes(cells[at("svname")] as "node1")) {
        // "UP 1/2" while a rise is under way: the state is the first word.
        states[cells[at("svname")] as string] = (cells[at("status")] ?? "").split(" ")[0] as string;
      }
    }
    return states;
  }

  async waitForStates(wanted: Record<string, string>, timeoutMs = 30_000): Promise<void> {
    let last: Record<string, string> = {};
    try {
      await waitFor(
        `HAProxy to see ${JSON.stringify(wanted)}`,
        async () => {
          last = await this.states();
          return Object.entries(wanted).every(([name, state]) => last[name] === state);
        },
        timeoutMs,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; it sees ${JSON.stringify(last)}`);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.kill()));
    if (this.haproxy && this.haproxy.exitCode === null) {
      const exited = new Promise((resolve) => this.haproxy?.once("exit", resolve));
      this.haproxy.kill("SIGTERM");
      await exited;
    }
    await Promise.all([...this.links.values()].map((link) => link.close()));
    if (this.#dir) await rm(this.#dir, { recursive: true, force: true });
  }
}

/**
 * The HAProxy the test starts itself: `HAPROXY`, else `haproxy` on the PATH, else Debian's
 * /usr/sbin/haproxy (not on a user's PATH). Without one there is no test, and it says so.
 */
export function haproxyBinary(): string {
  for (const candidate of [process.env.HAPROXY, "haproxy", "/usr/sbin/haproxy"]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ["-v"], { stdio: "ignore" });
      return candidate;
    } catch {}
  }
  throw new Error(
    "haproxy is not installed: the replica test runs the deployment guide's HAProxy (Debian: apt-get install haproxy)",
  );
}

/** The fenced `haproxy` block of the deployment guide, which must be the configuration file verbatim. */
export async function guideConfiguration(): Promise<{ guide: string | undefined; file: string }> {
  const guide = await readFile(DEPLOYMENT_GUIDE, "utf8");
  return {
    guide: /```haproxy\n([\s\S]*?)```/.exec(guide)?.[1],
    file: await readFile(HAPROXY_CFG, "utf8"),
  };
}
