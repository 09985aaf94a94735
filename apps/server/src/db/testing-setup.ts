import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { removeTestTemplate, type TestTemplate } from "./testing-admin";

// vitest's global setup runs where workspace packages resolve to their builds, not to src; the
// template is built in a child process (tsx, with the `@ghorfa/source` condition) instead, so
// it is seeded from the fixtures as they are in the working tree.
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const cli = fileURLToPath(new URL("./testing-template.cli.ts", import.meta.url));

/** vitest globalSetup: one migrated and seeded template per run, copied by every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { stdout } = await promisify(execFile)(process.execPath, [tsx, "--conditions=@ghorfa/source", cli], {
    env: process.env,
  });
  const template = JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as TestTemplate;
  project.provide("ghorfaTestTemplate", template);
  return () => removeTestTemplate(template);
}
