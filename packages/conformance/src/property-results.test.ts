import { describe, expect, it } from "vitest";
import { propertyResults } from "./property-results";
import { CHECKS, type CheckName, type PropertyReport } from "./report";
import { exitCode } from "./results";

function report(failed: Partial<Record<CheckName, number>>, unreached: CheckName[] = []): PropertyReport {
  const checks = Object.fromEntries(
    CHECKS.map((check) => [
      check,
      { passed: unreached.includes(check) ? 0 : 10, failed: failed[check] ?? 0 },
    ]),
  ) as PropertyReport["checks"];
  const failures = Object.entries(failed).flatMap(([check, count]) =>
    Array.from({ length: count ?? 0 }, (_, n) => ({
      check: check as CheckName,
      operation: "members.create",
      message: "status 500 is a server error",
      request: {
        method: "POST",
        url: "http://node.test/v1/members",
        headers: { authorization: "Bearer the-key", "content-type": "application/json" },
        body: '{"legalName":"x"}',
      },
      response: { status: 500, headers: { "content-type": "text/plain" }, body: "boom" },
      seed: 7,
      path: `members.create/positive/#${n}`,
    })),
  );
  return {
    baseUrl: "http://node.test",
    seed: 7,
    runs: 10,
    operations: 3,
    skipped: [],
    requests: 90,
    checks,
    failures,
    notes: [],
    statuses: {},
    durationMs: 800,
  };
}

const options = {
  profile: "core" as const,
  startedAt: "2026-12-06T00:00:00.000Z",
  secrets: { key: "the-key" },
};
const find = (run: ReturnType<typeof propertyResults>, id: string) =>
  run.results.find((r) => r.requirement.id === id);

describe("propertyResults", () => {
  it("passes the requirements of the checks that held, and leaves the others out of its scope", () => {
    const run = propertyResults(report({}), options);
    expect(find(run, "GH-PROP-002")?.outcome).toBe("passed");
    expect(find(run, "GH-SCHEMA-001")?.outcome).toBe("passed");
    expect(find(run, "GH-TENANT-001")).toMatchObject({
      outcome: "skipped",
      reason: "not selected for this run",
      inScope: false,
    });
    expect(exitCode(run)).toBe(0);
  });

  it("fails the requirement of a failed check, with the failure's request as curl and no key", () => {
    const run = propertyResults(report({ not_a_server_error: 2 }), options);
    const result = find(run, "GH-PROP-002");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures).toHaveLength(2);
    expect(result?.failures[0]).toMatchObject({
      received: "500 text/plain: status 500 is a server error",
      where: "members.create, seed 7, members.create/positive/#0",
    });
    expect(result?.failures[0]?.curl).toContain('"Authorization: Bearer $GHORFA_KEY"');
    expect(result?.failures[0]?.curl).not.toContain("the-key");
    expect(result?.failures[0]?.request.headers.authorization).toBe("Bearer $GHORFA_KEY");
    expect(JSON.stringify(run)).not.toContain("the-key");
    expect(exitCode(run)).toBe(1);
  });

  it("skips a check no request reached", () => {
    const run = propertyResults(report({}, ["idempotent_replay"]), options);
    expect(find(run, "GH-IDEM-001")).toMatchObject({
      outcome: "skipped",
      reason: expect.stringContaining("idempotent_replay"),
    });
  });

  it("keeps a failed SHOULD from failing the run, and an expected failure too", () => {
    expect(exitCode(propertyResults(report({ positive_data_acceptance: 1 }), options))).toBe(0);
    const expectedFailures = new Map([["GH-PROP-002", "a known 500"] as const]);
    const run = propertyResults(report({ not_a_server_error: 1 }), { ...options, expectedFailures });
    expect(find(run, "GH-PROP-002")?.outcome).toBe("expected_failure");
    expect(exitCode(run)).toBe(0);
  });
});
