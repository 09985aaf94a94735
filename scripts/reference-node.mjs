// The reference node (apps/server's build, so `npx turbo run build --filter=@ghorfa/server` first)
// on the repository's own Node, with its demo data on a fresh embedded database in a scratch
// folder: what the runtime matrix and the browser smoke call the SDK against.
//
// As a module: `const node = await startReferenceNode()` gives `{ url, apiKey, stop }`.
// As a command: `node scripts/reference-node.mjs` prints "<url> <demo key>" on one line once the
// node is ready, then keeps it running until it is itself stopped (SIGTERM, SIGINT); when the node
// cannot start, it prints the node's output on stderr and exits 1 without that line.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Starts the node and resolves once it has printed its URL, demo key (ma-09) and the demo accounts'
 * password (`<role>@demo.cci-sm.ma`). `env` adds to the node's environment.
 */
export async function startReferenceNode({ timeoutMs = 60_000, env = {} } = {}) {
  const dir = await mkdtemp(join(tmpdir(), "ghorfa-node-"));
  const child = spawn(join(repo, "node_modules/.bin/node"), ["apps/server/dist/main.js"], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: "0",
      GHORFA_DATA_DIR: join(dir, "data"),
      LOG_LEVEL: "warn",
      // No balancer to wait for: a stop is at once.
      GHORFA_DRAIN_DELAY_MS: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const killNode = () => child.kill("SIGKILL");
  // Whatever happens to this process, the node and its data do not outlive it.
  const removeOnExit = () => {
    killNode();
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  process.on("exit", removeOnExit);
  let output = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (text) => {
    output += text;
  });
  child.stderr.setEncoding("utf8").on("data", (text) => {
    output += text;
    stderr += text;
  });
  const exited = once(child, "exit");

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM"); // the node closes its database cleanly on SIGTERM
      const timer = setTimeout(killNode, 10_000);
      await exited;
      clearTimeout(timer);
    }
    process.off("exit", removeOnExit);
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  let url;
  let apiKey;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    url = /^ *Ghorfa chamber node +(http\S+)/m.exec(stderr)?.[1];
    apiKey = /^ *Demo key \(ma-09\) +(\S+)/m.exec(stderr)?.[1];
    const password = /^ *Demo password +(\S+)/m.exec(stderr)?.[1];
    if (url && apiKey && password) return { url, apiKey, password, stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the reference node did not start (its output follows)\n${output}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const node = await startReferenceNode();
    for (const signal of ["SIGTERM", "SIGINT"]) {
      process.on(signal, () => node.stop().then(() => process.exit(0)));
    }
    process.stdout.write(`${node.url} ${node.apiKey}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
