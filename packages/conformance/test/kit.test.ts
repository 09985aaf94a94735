import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCode, REQUIREMENTS, runConformance } from "../src/index";

// The whole kit against the reference node (in process, PGlite), as a chamber runs it.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(async () => {
  await node?.close();
});

/** Every member of ma-09, by id, read straight from the node. */
async function members(): Promise<Map<string, { legalName: string }>> {
  const found = new Map<string, { legalName: string }>();
  let cursor: string | null = null;
  do {
    const url = new URL("/chambers/ma-09/members", node.url);
    url.searchParams.set("limit", "100");
    if (cursor) url.searchParams.set("cursor", cursor);
    const page = (await (await fetch(url, { headers: { authorization: `Bearer ${key}` } })).json()) as {
      items: { id: string; legalName: string }[];
      nextCursor: string | null;
    };
    for (const item of page.items) found.set(item.id, item);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

describe("the kit on the reference node", () => {
  it("finds every requirement of the full profile held, and tags or lists every record it writes", async () => {
    const before = await members();
    const run = await runConformance({
      baseUrl: node.url,
      key,
      adminKey: node.operatorKey,
      chamber: "ma-09",
      profile: "full",
      runs: 1,
    });
    const notPassed = run.results.filter((r) => r.outcome !== "passed");
    expect(notPassed.map((r) => [r.requirement.id, r.reason, r.failures.slice(0, 2)])).toEqual([]);
    expect(run.results).toHaveLength(REQUIREMENTS.length);
    expect(exitCode(run, { strict: true })).toBe(0);

    // Every member the run made carries its tag, or (the property phase's) is listed by its path.
    const listed = new Set(run.written.map((w) => w.path));
    const made = [...(await members())].filter(([id]) => !before.has(id));
    expect(made.length).toBeGreaterThan(0);
    for (const [id, member] of made) {
      const tagged = member.legalName.includes(run.runTag);
      const isListed = [...listed].some((path) => path.endsWith(`/members/${id}`));
      expect(tagged || isListed, `${id} ${member.legalName}`).toBe(true);
    }
    // And the keys it made no longer work.
    const keysMade = run.written.filter((w) => w.path.startsWith("/admin/keys/"));
    expect(keysMade.length).toBeGreaterThan(0);
    const listedKeys = (await (
      await fetch(new URL("/admin/keys?limit=100&chamberId=ma-09", node.url), {
        headers: { authorization: `Bearer ${node.operatorKey}` },
      })
    ).json()) as { items: { id: string; revokedAt: string | null }[] };
    const stored = keysMade.flatMap((made) => listedKeys.items.filter((k) => made.path.endsWith(`/${k.id}`)));
    expect(stored.length).toBeGreaterThan(0);
    for (const storedKey of stored) expect(storedKey.revokedAt, storedKey.id).not.toBeNull();
  });

  it("sends nothing that writes in a read-only run, and says the node is not proven", async () => {
    const before = await members();
    const unsafe: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const method = init?.method ?? "GET";
      if (method !== "GET")
        unsafe.push(`${method} ${new URL(String(input)).pathname} ${JSON.stringify(init?.headers)}`);
      return fetch(input, init);
    };
    const run = await runConformance({
      baseUrl: node.url,
      key,
      adminKey: node.operatorKey,
      chamber: "ma-09",
      profile: "full",
      readOnly: true,
      fetch: recording,
    });
    expect(run.readOnly).toBe(true);
    expect(run.written).toEqual([]);
    expect(run.results.filter((r) => r.outcome === "failed")).toEqual([]);
    expect(exitCode(run)).toBe(3);
    expect(run.results.find((r) => r.requirement.id === "GH-TENANT-001")).toMatchObject({
      outcome: "skipped",
      reason: "writes records: not in a read-only run",
    });
    // The only requests that are not reads are refusals no node can take for a write: a body that
    // is not JSON, and a method the node's own description does not take.
    expect(unsafe.length).toBeGreaterThan(0);
    for (const request of unsafe) {
      expect(request).toMatch(/^((POST|PATCH|DELETE) .*text\/plain|DELETE \/\.well-known\/ghorfa )/);
    }
    expect([...(await members()).keys()]).toEqual([...before.keys()]);
  });
});
