import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RequirementId, runConformance } from "../src/index";

// The tenancy and scope checks against the reference node, and against the same node seen
// through a fetch that lends a caller the run's own full key on one route.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(async () => {
  await node?.close();
});

async function run(ids: RequirementId[], fetch?: typeof globalThis.fetch) {
  const report = await runConformance({
    baseUrl: node.url,
    key,
    adminKey: node.operatorKey,
    chamber: "ma-09",
    property: false,
    only: ids,
    ...(fetch ? { fetch } : {}),
  });
  return new Map(report.results.map((result) => [result.requirement.id, result]));
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  return { ...((init?.headers ?? {}) as Record<string, string>) };
}

describe("the tenancy and scope checks", () => {
  it("find the reference node keeps keys in their chamber and their scopes", async () => {
    const results = await run(["GH-TENANT-001", "GH-SCOPE-001"]);
    for (const id of ["GH-TENANT-001", "GH-SCOPE-001"] as const) {
      expect([id, results.get(id)?.outcome, results.get(id)?.failures.slice(0, 2)]).toEqual([
        id,
        "passed",
        [],
      ]);
    }
  });

  it("fail GH-TENANT-001 on a node whose leases answer any chamber's key", async () => {
    // Any key other than the run's own reaches a lease as if it were the chamber's.
    const fetch: typeof globalThis.fetch = (input, init) => {
      const headers = headersOf(init);
      const borrowed = /\/chambers\/ma-09\/leases\/[^/]+$/.test(new URL(String(input)).pathname);
      if (borrowed && headers.authorization !== `Bearer ${key}`) headers.authorization = `Bearer ${key}`;
      return globalThis.fetch(input, { ...init, headers });
    };
    const result = (await run(["GH-TENANT-001"], fetch)).get("GH-TENANT-001");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures.map((failure) => failure.expected).join("\n")).toMatch(
      /leases\.get with a key of ma-\d\d/,
    );
  });

  it("fail GH-SCOPE-001 on a node that serves units to a key without leases:read", async () => {
    // A refusal of the units list is replayed with the run's full key, as a node ignoring the scope would.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      const isUnits = /\/chambers\/ma-09\/units$/.test(new URL(String(input)).pathname);
      if (!isUnits || (init?.method ?? "GET") !== "GET" || response.status !== 403) return response;
      return globalThis.fetch(input, {
        ...init,
        headers: { ...headersOf(init), authorization: `Bearer ${key}` },
      });
    };
    const result = (await run(["GH-SCOPE-001"], fetch)).get("GH-SCOPE-001");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures.map((failure) => failure.expected)).toEqual([
      "units.list with a key holding every chamber scope but leases:read answers 403 problem+json",
    ]);
  });

  it("fail GH-TENANT-001 on a node that lets any chamber's key rename a member", async () => {
    // A member's PATCH goes through with the run's key whoever sent it: the member changes.
    const fetch: typeof globalThis.fetch = (input, init) => {
      const headers = headersOf(init);
      const isMemberPatch =
        init?.method === "PATCH" &&
        /\/chambers\/ma-09\/members\/[^/]+$/.test(new URL(String(input)).pathname);
      if (isMemberPatch) headers.authorization = `Bearer ${key}`;
      return globalThis.fetch(input, { ...init, headers });
    };
    const result = (await run(["GH-TENANT-001"], fetch)).get("GH-TENANT-001");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures.map((failure) => failure.expected)).toEqual([
      expect.stringMatching(/^members\.update with a key of ma-\d\d is refused/),
      expect.stringMatching(/^members\.update with a key of ma-\d\d leaves \/chambers\/ma-09\/members\/mem_/),
    ]);
    expect(result?.failures[1]?.received).toMatch(
      /^200 application\/json, and .* reads otherwise afterwards$/,
    );
  });

  it("fail GH-TENANT-001 on a node that shows another chamber's key a member's full view", async () => {
    // The member's read goes through with the run's key: the full view, contacts and all.
    const fetch: typeof globalThis.fetch = (input, init) => {
      const headers = headersOf(init);
      const isMemberRead =
        (init?.method ?? "GET") === "GET" &&
        headers.authorization !== undefined &&
        /\/chambers\/ma-09\/members\/[^/]+$/.test(new URL(String(input)).pathname);
      if (isMemberRead) headers.authorization = `Bearer ${key}`;
      return globalThis.fetch(input, { ...init, headers });
    };
    const result = (await run(["GH-TENANT-001"], fetch)).get("GH-TENANT-001");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures.map((failure) => failure.expected)).toEqual([
      expect.stringMatching(
        /^members\.get with a key of ma-\d\d answers 404 or 403 problem\+json, or only the public view$/,
      ),
    ]);
  });
});
