import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";

export type Runtime = "node" | "bun" | "deno";

/** The runtime of this process; a script started by `runScript` runs on the same one. */
export function currentRuntime(): Runtime {
  if (process.versions.deno !== undefined) return "deno";
  if (process.versions.bun !== undefined) return "bun";
  return "node";
}

export interface RunScriptOptions {
  /** Where the script is written and run: its bare imports resolve from there, as a user's file does. */
  cwd: string;
  /** `module` (.mjs, the default), `commonjs` (.cjs), or `typescript` (.mts: tsx on Node, natively on Bun and Deno). */
  type?: "module" | "commonjs" | "typescript";
  /** Export conditions to resolve packages with, such as `@ghorfa/source`. */
  conditions?: readonly string[];
  /** `process.argv.slice(2)` of the script. */
  args?: readonly string[];
  /** Added to a bare environment (PATH and HOME), so that nothing of the test run's leaks in. */
  env?: Readonly<Record<string, string>>;
}

const EXTENSIONS = { module: "mjs", commonjs: "cjs", typescript: "mts" } as const;

/** Each runtime's way to run a file with export conditions. */
function runtimeArgs(type: keyof typeof EXTENSIONS, conditions: readonly string[]): string[] {
  const flags = conditions.map((condition) => `--conditions=${condition}`);
  const runtime = currentRuntime();
  if (runtime === "deno") return ["run", "--allow-all", ...flags];
  if (runtime === "bun" || type !== "typescript") return flags;
  return [createRequire(import.meta.url).resolve("tsx/cli"), ...flags];
}

/**
 * Runs `source` as a file of its own on this process's runtime (Node, Bun or Deno, each with its own
 * command line) and returns what it printed. A file rather than `-e`, whose flags and `process.argv`
 * differ from one runtime to the next. Rejects, with the script's stderr, when it exits non-zero.
 */
export async function runScript(source: string, options: RunScriptOptions): Promise<string> {
  const type = options.type ?? "module";
  const file = join(options.cwd, `.ghorfa-run-${randomUUID()}.${EXTENSIONS[type]}`);
  await writeFile(file, source);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...runtimeArgs(type, options.conditions ?? []), file, ...(options.args ?? [])],
      {
        cwd: options.cwd,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return stdout.trim();
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * The first ```ts block of `readme` after `heading` (the file's first block without one), or
 * undefined when the heading or the block is missing.
 */
export function readmeExample(readme: string, heading?: string): string | undefined {
  const at = heading === undefined ? 0 : readme.indexOf(heading);
  if (at < 0) return undefined;
  return /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
}

/**
 * Runs, as written, the README example of the package at `packageRoot` that follows `heading`
 * (see `readmeExample`), with the package resolving to its source: its assertions must pass (a
 * failed one exits non-zero and rejects). Throws when the example is missing or does not mention
 * `mentions`, so that a renamed heading cannot make a test pass by running nothing.
 */
export async function runReadmeExample(
  packageRoot: string,
  options: { heading?: string; mentions: string },
): Promise<string> {
  const readme = await readFile(join(packageRoot, "README.md"), "utf8");
  const example = readmeExample(readme, options.heading);
  if (example === undefined) throw new Error(`README.md has no ts example after "${options.heading ?? ""}"`);
  if (!example.includes(options.mentions)) {
    throw new Error(
      `The README example after "${options.heading ?? ""}" does not mention ${options.mentions}`,
    );
  }
  return runScript(example, { cwd: packageRoot, type: "typescript", conditions: ["@ghorfa/source"] });
}
