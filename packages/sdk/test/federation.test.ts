import { createServer } from "node:net";
import type { EventCreate } from "@ghorfa/contract";
import { newMember } from "@ghorfa/testing/inputs";
import { setNodeUrl, startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client";
import { NetworkError, TimeoutError } from "../src/errors";
import { createFederation } from "../src/federation";
import { startFaultProxy } from "./fault-proxy";

// Three real nodes, each on its own database, and one address where nothing listens.
let nodes: TestNode[];
let keys: Map<string, string>;
let closed: string;

async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  nodes = await Promise.all([startNode(), startNode(), startNode()]);
  keys = new Map(await Promise.all(nodes.map(async (node) => [node.url, await node.key("ma-09")] as const)));
  closed = await closedPort();
}, 120_000);
afterAll(async () => {
  await Promise.all((nodes ?? []).map((node) => node.close()));
});

describe("createFederation", () => {
  it("gathers items from every node that answers and names the one that did not", async () => {
    const marker = `federe${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;
    const created = await Promise.all(
      nodes.map((node, i) =>
        createClient({ baseUrl: node.url, apiKey: keys.get(node.url) })
          .chamber("ma-09")
          .members.create(newMember({ legalName: `Membre ${marker} ${i}` })),
      ),
    );
    const federation = createFederation({
      nodes: [...nodes.map((node) => node.url), closed],
      apiKey: (node) => keys.get(node),
      nodeTimeout: 5_000,
    });
    const { items, failures } = await federation.list("members", { q: marker });
    expect(items.map((member) => member.id).sort()).toEqual(created.map((member) => member.id).sort());
    expect(failures).toHaveLength(1);
    expect(failures[0]?.node).toBe(closed);
    expect(failures[0]?.error).toBeInstanceOf(NetworkError);
  });

  // events (issue 13)
  it("lists every chamber's upcoming public events with no key, and names the node that failed", async () => {
    const day = 86_400_000;
    const start = new Date(Date.now() + 40 * day).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 41 * day).toISOString().slice(0, 10);
    const created = await Promise.all(
      nodes.map(async (node, i) => {
        const chamber = createClient({ baseUrl: node.url, apiKey: await node.key("ma-06") }).chamber("ma-06");
        const body: EventCreate = {
          names: { fr: `Salon fédéré ${i}` },
          dates: { start, end },
          venue: { name: { fr: "Parc des expositions" }, city: { fr: "Casablanca" } },
          sessions: [],
          capacity: 50,
          registration: {
            opens: new Date(Date.now() - day).toISOString(),
            closes: new Date(Date.now() + 30 * day).toISOString(),
          },
          fee: { kind: "free" },
          audience: "anyone",
          isPublic: true,
        };
        const draft = await chamber.events.create(body);
        const hidden = await chamber.events.create({ ...body, names: { fr: `Privé ${i}` }, isPublic: false });
        await chamber.events.setStatus(hidden.id, { status: "published" });
        return chamber.events.setStatus(draft.id, { status: "published" });
      }),
    );
    const federation = createFederation({ nodes: [...nodes.map((node) => node.url), closed] });
    const { items, failures } = await federation.upcomingEvents();
    const ids = items.map((event) => event.id);
    for (const event of created) expect(ids).toContain(event.id);
    expect(items.every((event) => event.isPublic && event.status === "published")).toBe(true);
    // The seeded forum of Souss-Massa, held by every node, comes back once while it is upcoming.
    const forumUpcoming = Date.now() < Date.parse("2027-04-17T00:00:00+01:00");
    expect(items.filter((event) => event.names.en === "Euro-Mediterranean Tourism Forum")).toHaveLength(
      forumUpcoming ? 1 : 0,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(failures.map((failure) => failure.node)).toEqual([closed]);
  });

  it("returns once an agreement that two chambers' nodes both hold", async () => {
    const [directory, casablanca] = nodes as [TestNode, TestNode];
    // The directory on the first node sends Souss-Massa there and Casablanca-Settat to the second.
    await setNodeUrl(directory, "ma-09", directory.url);
    await setNodeUrl(directory, "ma-06", casablanca.url);
    const federation = createFederation({ nodes: { directory: directory.url } });
    expect((await federation.nodes()).sort()).toEqual([directory.url, casablanca.url].sort());

    const { items, failures } = await federation.list("agreements");
    expect(failures).toEqual([]);
    const fromSouss = (await createClient({ baseUrl: directory.url }).chamber("ma-09").agreements.list())
      .items;
    const fromCasa = (await createClient({ baseUrl: casablanca.url }).chamber("ma-06").agreements.list())
      .items;
    const shared = fromSouss.filter((a) => fromCasa.some((b) => b.id === a.id)).map((a) => a.id);
    expect(shared.length).toBeGreaterThan(0);
    const ids = items.map((agreement) => agreement.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set([...fromSouss, ...fromCasa].map((a) => a.id)));
  });

  it("iterates across nodes in id order, each id once, and lists failures as they happen", async () => {
    const federation = createFederation({
      nodes: [...nodes.map((node) => node.url), closed],
    });
    const iterator = federation.iterate("agreements", { limit: 2 });
    const ids: string[] = [];
    for await (const agreement of iterator) ids.push(agreement.id);
    const { items } = await federation.list("agreements");
    expect(ids).toEqual(items.map((agreement) => agreement.id));
    expect(iterator.failures.map((failure) => failure.node)).toEqual([closed]);
  });

  it("gives up on a node slower than the node timeout and keeps the others' answers", async () => {
    const [fast, slow] = nodes as [TestNode, TestNode];
    const proxy = await startFaultProxy(slow.url);
    try {
      proxy.inject(Array(3).fill({ kind: "delay", ms: 10_000 }));
      const federation = createFederation({
        nodes: [fast.url, proxy.url],
        nodeTimeout: 2_000,
      });
      const { items, failures } = await federation.list("agreements");
      expect(items.length).toBeGreaterThan(0);
      expect(failures.map((failure) => failure.node)).toEqual([proxy.url]);
      expect(failures[0]?.error).toBeInstanceOf(TimeoutError);
    } finally {
      await proxy.close();
    }
  });

  it("runs any call on every node at once", async () => {
    const federation = createFederation({
      nodes: [nodes[0]?.url as string, closed],
    });
    const { results, failures } = await federation.each((client) => client.node.info());
    expect(results.map((result) => result.value.chambers)).toEqual([["ma-06", "ma-09"]]);
    expect(failures.map((failure) => failure.node)).toEqual([closed]);
  });
});
