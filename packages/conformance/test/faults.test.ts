import { afterEach, describe, expect, it } from "vitest";
import { type CheckName, runPropertyPhase } from "../src/index";
import { type Fault, startFaultyServer } from "./faulty-server";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function phaseAgainst(fault: Fault) {
  const server = await startFaultyServer(fault);
  close = server.close;
  return runPropertyPhase({ baseUrl: server.url, key: "k", chamber: "ma-09", seed: 7, runs: 30 });
}

const failedChecks = (report: Awaited<ReturnType<typeof phaseAgainst>>) =>
  Object.entries(report.checks)
    .filter(([, c]) => c.failed > 0)
    .map(([name]) => name);

describe("the property phase", () => {
  it("finds nothing on a server that keeps its document", async () => {
    const report = await phaseAgainst("none");
    expect(report.failures).toEqual([]);
    // It did reach the deeper route with ids the server made, and replayed a write.
    expect(report.checks.idempotent_replay.passed).toBeGreaterThan(0);
    expect(report.checks.response_schema_conformance.passed).toBeGreaterThan(60);
    expect(report.checks.negative_data_rejection.passed).toBeGreaterThan(30);
    expect(report.statuses["things.get"]?.["200"]).toBeGreaterThan(0);
  });

  it.each<[Fault, CheckName]>([
    ["server-error", "not_a_server_error"],
    ["undocumented-status", "status_code_conformance"],
    ["body-off-schema", "response_schema_conformance"],
    ["wrong-content-type", "content_type_conformance"],
    ["refuses-valid", "positive_data_acceptance"],
    ["accepts-invalid", "negative_data_rejection"],
    ["replay-not-idempotent", "idempotent_replay"],
    ["missing-header", "response_headers_conformance"],
    ["dies", "still_alive"],
  ])("reports a server whose fault is %s under %s, with a request that shows it", async (fault, check) => {
    const report = await phaseAgainst(fault);
    expect(failedChecks(report)).toContain(check);
    const failure = report.failures.find((f) => f.check === check);
    expect(failure?.seed).toBe(7);
    expect(failure?.request.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(failure?.path).toMatch(/positive|negative|replay|after the run/);
  });

  it("is deterministic for a seed: the same requests, in the same order", async () => {
    const urls: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const server = await startFaultyServer("accepts-invalid");
      const seen: string[] = [];
      const fetch: typeof globalThis.fetch = (input, init) => {
        seen.push(`${init?.method ?? "GET"} ${new URL(String(input)).pathname} ${String(init?.body ?? "")}`);
        return globalThis.fetch(input, init);
      };
      await runPropertyPhase({ baseUrl: server.url, key: "k", chamber: "ma-09", seed: 11, runs: 10, fetch });
      await server.close();
      urls.push(seen);
    }
    expect(urls[0]?.length).toBeGreaterThan(20);
    expect(urls[1]).toEqual(urls[0]);
  });
});
