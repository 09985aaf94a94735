import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface NodeProcess {
  child: ChildProcess;
  url: string;
  demoKey: string | undefined;
  operatorKey: string | undefined;
  /** The password of the demo accounts the banner prints (sign-in, issue 15). */
  demoPassword: string | undefined;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * Starts a chamber node in its own process on a free port and waits for its banner. `built`
 * runs `dist/main.js`, what `npm start` runs; otherwise the source runs through tsx.
 */
export async function startNode(
  options: { env?: Record<string, string>; built?: boolean } = {},
): Promise<NodeProcess> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    // No balancer in front: SIGTERM stops at once unless a test asks for a drain delay.
    GHORFA_DRAIN_DELAY_MS: "0",
    GHORFA_DATA_DIR: options.env?.GHORFA_DATA_DIR ?? (await mkdtemp(join(tmpdir(), "ghorfa-node-"))),
    ...options.env,
  };
  const args = options.built
    ? ["--enable-source-maps", "dist/main.js"]
    : ["--conditions=@ghorfa/source", "--import", "tsx", "src/main.ts"];
  const child = spawn(process.execPath, args, { cwd: app, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const banner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The node did not start:\n${err}\n${out}`)), 120_000);
    child.stderr?.on("data", (chunk) => {
      err += String(chunk);
      if (/curl /.test(err)) {
        clearTimeout(timer);
        resolve(err);
      }
    });
    void exited.then((code) => reject(new Error(`The node exited with ${code}:\n${err}\n${out}`)));
  });
  // The "ready" log line and the banner go to two streams: wait for both.
  const logsReady = !["warn", "error", "fatal", "silent"].includes(env.LOG_LEVEL ?? "info");
  for (let i = 0; logsReady && i < 100 && !out.includes('"msg":"ready"'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /Ghorfa chamber node\s+(\S+)/.exec(banner)?.[1];
  if (!url) throw new Error(`No URL in the banner:\n${banner}`);
  return {
    child,
    url,
    demoKey: /Demo key \(ma-09\)\s+(\S+)/.exec(banner)?.[1],
    operatorKey: /Operator key\s+(\S+)/.exec(banner)?.[1],
    demoPassword: /Demo password\s+(\S+)/.exec(banner)?.[1],
    stdout: () => out,
    stderr: () => err,
    exited,
  };
}

/** Stops a node with SIGTERM and returns its exit code. */
export async function stopNode(node: NodeProcess): Promise<number | null> {
  if (node.child.exitCode === null) node.child.kill("SIGTERM");
  return node.exited;
}
