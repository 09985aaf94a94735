import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createClient } from "../src/client";

// Each example of the README runs as written against a real node: only the package name, the
// node's address and the demo key are replaced. One node serves them all.

let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(() => node?.close());

/**
 * Runs the first `ts` example of the README after `heading` (the first of the file without one),
 * which must mention `mentions`, and gives what it printed with `console.log`.
 */
async function runExample(
  heading: string | undefined,
  mentions: string,
  replacements: { email?: string; password?: string } = {},
): Promise<unknown[][]> {
  const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
  const at = heading === undefined ? 0 : readme.indexOf(heading);
  expect(at, `the README has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const example = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
  expect(example).toContain(mentions);
  const source = (example as string)
    .replace('"@ghorfa/sdk"', JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url))))
    .replaceAll('"http://localhost:8080"', JSON.stringify(node.url))
    .replace('"ghorfa_demo_key"', JSON.stringify(await node.key("ma-09")))
    .replace('"tenant@example.ma"', JSON.stringify(replacements.email ?? "tenant@example.ma"))
    .replace('"correct horse battery staple"', JSON.stringify(replacements.password ?? ""));
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-readme-"));
  const file = join(folder, "example.ts");
  writeFileSync(file, source);
  const printed: unknown[][] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
    await rm(folder, { recursive: true });
  }
  return printed;
}

it("runs the README's quick start against a real node", async () => {
  const printed = await runExample(undefined, "createClient");
  const created = printed.find((line) => typeof line[0] === "string" && line[0].startsWith("mem_ma-09_"));
  expect(created?.[1]).toBe("pending");
  expect(printed.some((line) => line[0] === "Tiwizi")).toBe(true);
});

it("runs the README's services platform example against a real node", async () => {
  const printed = await runExample("## Services platform", "serviceRequests.create");
  expect(printed[0]?.[0]).toBe(65_000);
  expect(printed[1]?.[0]).toMatch(/^CO-\d{4}-\d{6}$/);
});

it("runs the README's events example against a real node", async () => {
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
  const printed = await runExample("### Events (upcoming across the federation", "upcomingEvents");
  expect(["confirmed", "waitlisted"]).toContain(printed[0]?.[0]);
  expect(printed[0]?.[1]).toBe(120_000);
  expect(printed[1]?.[0]).toBe("already registered");
});

it("runs the README's label verification against a real node, without a key", async () => {
  const printed = await runExample("### Quality labels", "labels.verify");
  expect(printed).toEqual([
    ["granted", "Huile d'argan alimentaire", "Coopérative Tiwizi pour l'argan", "2029-01-29"],
  ]);
});

it("runs the README's sessions example against a real node, as a member", async () => {
  const staff = createClient({ baseUrl: node.url, apiKey: await node.key("ma-09") }).chamber("ma-09");
  const lease = (await staff.leases.list({ status: "active", limit: 1 })).items[0];
  const account = await node.account("ma-09", { role: "member", memberId: lease?.tenantId as never });
  const printed = await runExample("## Sessions (signing in", "sessionFetch", account);
  expect(printed[0]?.[0]).toBe("member");
  expect(printed[1]?.[0]).toBeGreaterThanOrEqual(1);
  expect(printed.slice(2)).toEqual([["not found"], [true]]);
});
