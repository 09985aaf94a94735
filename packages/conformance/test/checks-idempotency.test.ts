import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headerOf, outcomes, runOnly, withHeader } from "./broken-node";

let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(async () => {
  await node?.close();
});

const IDEM = ["GH-IDEM-001", "GH-IDEM-002", "GH-IDEM-003", "GH-IDEM-004"] as const;

/** A node whose Idempotency-Keys are all new: each request sent under a key of its own. */
const forgetful: typeof globalThis.fetch = (input, init) => {
  const key = headerOf(init, "idempotency-key");
  return fetch(
    input,
    key === undefined ? init : withHeader(init, "idempotency-key", `${key}-${Math.random()}`),
  );
};

/** A node that answers the first request of an Idempotency-Key again whoever sends it, and whatever. */
function sharing(): typeof globalThis.fetch {
  const answers = new Map<string, { status: number; headers: Headers; body: string }>();
  return async (input, init) => {
    const key = headerOf(init, "idempotency-key");
    const earlier = key === undefined ? undefined : answers.get(key);
    if (earlier) return new Response(earlier.body, { status: earlier.status, headers: earlier.headers });
    const answer = await fetch(input, init);
    if (key === undefined) return answer;
    const body = await answer.text();
    answers.set(key, { status: answer.status, headers: new Headers(answer.headers), body });
    return new Response(body, { status: answer.status, headers: answer.headers });
  };
}

/** A node that takes the same Idempotency-Key with another body as a new request. */
function hashless(): typeof globalThis.fetch {
  const bodies = new Map<string, string>();
  return (input, init) => {
    const key = headerOf(init, "idempotency-key");
    if (key === undefined) return fetch(input, init);
    const body = String(init?.body ?? "");
    const seen = bodies.get(key);
    if (seen === undefined) bodies.set(key, body);
    return fetch(
      input,
      seen === undefined || seen === body ? init : withHeader(init, "idempotency-key", `${key}-other`),
    );
  };
}

/** A node whose Idempotency-Keys belong to each API key rather than to its chamber. */
const keyedByApiKey: typeof globalThis.fetch = (input, init) => {
  const key = headerOf(init, "idempotency-key");
  if (key === undefined) return fetch(input, init);
  const owner = (headerOf(init, "authorization") ?? "").slice(-6);
  return fetch(input, withHeader(init, "idempotency-key", `${key}-${owner}`));
};

describe("the Idempotency-Key checks", () => {
  it("hold on the reference node", async () => {
    const run = await runOnly(node, IDEM);
    expect(outcomes(run)).toEqual(Object.fromEntries(IDEM.map((id) => [id, "passed"])));
    expect(run.written.filter((w) => w.requirement.startsWith("GH-IDEM")).length).toBeGreaterThanOrEqual(5);
  });

  it("find a node without idempotency: the replay and the race make other answers", async () => {
    const found = outcomes(await runOnly(node, ["GH-IDEM-001", "GH-IDEM-003"], forgetful));
    expect(found["GH-IDEM-001"]).toMatch(/^failed: the same answer as the first request/);
    expect(found["GH-IDEM-003"]).toMatch(/^failed: .*(first answer|409)/);
  });

  it("find a node where a retry after a key rotation is a new request, as the contract says it is not", async () => {
    const found = outcomes(await runOnly(node, ["GH-IDEM-001"], keyedByApiKey));
    expect(found["GH-IDEM-001"]).toMatch(
      /^failed: a retry with another key of the same chamber gets the first answer/,
    );
  });

  it("find a node that takes the same key with another body as a new request", async () => {
    const found = outcomes(await runOnly(node, ["GH-IDEM-002"], hashless()));
    expect(found["GH-IDEM-002"]).toMatch(/^failed: the same Idempotency-Key with another body is refused/);
  });

  it("find a node that replays an answer to a key of another chamber", async () => {
    const found = outcomes(await runOnly(node, ["GH-IDEM-004"], sharing()));
    expect(found["GH-IDEM-004"]).toMatch(/^failed: a key of ma-06 sending the same Idempotency-Key/);
  });

  it("skip GH-IDEM-004 without the operator's key", async () => {
    const { runConformance } = await import("../src/index");
    const run = await runConformance({
      baseUrl: node.url,
      key: await node.key("ma-09"),
      chamber: "ma-09",
      property: false,
      only: ["GH-IDEM-004"],
    });
    expect(run.results.find((r) => r.requirement.id === "GH-IDEM-004")?.outcome).toBe("skipped");
  });
});
