import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCode, REQUIREMENTS, runConformance } from "../src/index";

// The whole kit against the reference node (in-process, PGlite): every MUST of the full profile holds.
let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(async () => {
  await node?.close();
});

describe("the kit on the reference node", () => {
  it("finds every MUST of the full profile held", async () => {
    const run = await runConformance({
      baseUrl: node.url,
      key: await node.key("ma-09"),
      adminKey: node.operatorKey,
      chamber: "ma-09",
      profile: "full",
      property: false,
    });
    const failed = run.results.filter((r) => r.outcome === "failed");
    expect(failed.map((r) => [r.requirement.id, r.failures.slice(0, 2)])).toEqual([]);
    const checked = run.results.filter((r) => r.outcome === "passed").map((r) => r.requirement.id);
    expect(checked).toContain("GH-ROUTE-001");
    expect(exitCode(run)).toBeLessThanOrEqual(3);
    expect(run.results).toHaveLength(REQUIREMENTS.length);
  });
});
