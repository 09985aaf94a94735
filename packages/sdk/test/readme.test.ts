import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
// events (issue 13)
import { createClient } from "../src/client";

let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(() => node?.close());

it("runs the README's quick start against a real node", async () => {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toContain("createClient");
  const source = (example as string)
    .replace('"@ghorfa/sdk"', JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url))))
    .replace('"http://localhost:8080"', JSON.stringify(node.url))
    .replace('"ghorfa_demo_key"', JSON.stringify(await node.key("ma-09")));
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-readme-"));
  const file = join(folder, "quick-start.ts");
  writeFileSync(file, source);
  const printed: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    await rm(folder, { recursive: true });
  }
  const created = printed.find((line) => typeof line[0] === "string" && line[0].startsWith("mem_ma-09_"));
  expect(created?.[1]).toBe("pending");
  expect(printed.some((line) => line[0] === "Tiwizi")).toBe(true);
});

// events (issue 13)
it("runs the README's events example against a real node", async () => {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const section = readme.slice(readme.indexOf("### Events (upcoming across the federation"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("upcomingEvents");
  // An event open now, whatever the date: the seeded forum's window closes one day.
  const day = 86_400_000;
  const dayAfter = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);
  const chamber = createClient({ baseUrl: node.url, apiKey: await node.key("ma-09") }).chamber("ma-09");
  const open = await chamber.events.create({
    names: { fr: "Journée de l'export" },
    dates: { start: dayAfter(40), end: dayAfter(40) },
    venue: { name: { fr: "CCIS Souss-Massa" }, city: { fr: "Agadir" } },
    sessions: [],
    capacity: 30,
    registration: {
      opens: new Date(Date.now() - day).toISOString(),
      closes: new Date(Date.now() + 30 * day).toISOString(),
    },
    fee: { kind: "fixed", amount: { amount: 120_000, currency: "MAD" } },
    audience: "anyone",
    isPublic: true,
  });
  await chamber.events.setStatus(open.id, { status: "published" });
  const source = (example as string)
    .replace('"@ghorfa/sdk"', JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url))))
    .replaceAll('"http://localhost:8080"', JSON.stringify(node.url))
    .replace('"ghorfa_demo_key"', JSON.stringify(await node.key("ma-09")));
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-readme-"));
  const file = join(folder, "events.ts");
  writeFileSync(file, source);
  const printed: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    await rm(folder, { recursive: true });
  }
  expect(["confirmed", "waitlisted"]).toContain(printed[0]?.[0]);
  expect(printed[0]?.[1]).toBe(120_000);
  expect(printed[1]?.[0]).toBe("already registered");
});

// labels (issue 13)
it("runs the README's label verification against a real node, without a key", async () => {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const section = readme.slice(readme.indexOf("### Quality labels"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("labels.verify");
  const source = (example as string)
    .replace('"@ghorfa/sdk"', JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url))))
    .replace('"http://localhost:8080"', JSON.stringify(node.url));
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-readme-"));
  const file = join(folder, "verify-label.ts");
  writeFileSync(file, source);
  const printed: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    await rm(folder, { recursive: true });
  }
  expect(printed).toEqual([
    ["granted", "Huile d'argan alimentaire", "Coopérative Tiwizi pour l'argan", "2029-01-29"],
  ]);
});
