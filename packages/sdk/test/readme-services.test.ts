import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(() => node?.close());

it("runs the README's services platform example against a real node", async () => {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const section = readme.slice(readme.indexOf("## Services platform"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("serviceRequests.create");
  const source = (example as string)
    .replace('"@ghorfa/sdk"', JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url))))
    .replace('"http://localhost:8080"', JSON.stringify(node.url))
    .replace('"ghorfa_demo_key"', JSON.stringify(await node.key("ma-09")));
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-readme-"));
  const file = join(folder, "services.ts");
  writeFileSync(file, source);
  const printed: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    await rm(folder, { recursive: true });
  }
  expect(printed[0]?.[0]).toBe(65_000);
  expect(printed[1]?.[0]).toMatch(/^CO-\d{4}-\d{6}$/);
});
