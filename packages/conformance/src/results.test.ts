import { describe, expect, it } from "vitest";
import { REQUIREMENTS, type RequirementId, requirement } from "./requirements";
import {
  ExpectedFailuresError,
  evidence,
  exitCode,
  type Finding,
  PASSES_NOW,
  parseExpectedFailures,
  resultsOf,
} from "./results";

const base = { baseUrl: "http://node.test", startedAt: "2026-12-06T00:00:00.000Z", durationMs: 1200 };
const failure = evidence({
  expected: "a 412",
  received: "200",
  request: { method: "PATCH", url: "http://node.test/v1/members/x", headers: {} },
});
const passAll = () => new Map<RequirementId, Finding>(REQUIREMENTS.map((r) => [r.id, { failures: [] }]));
const outcome = (run: ReturnType<typeof resultsOf>, id: RequirementId) =>
  run.results.find((r) => r.requirement.id === id);

describe("resultsOf", () => {
  it("gives one result per requirement, in the table's order", () => {
    const run = resultsOf(passAll(), { ...base, profile: "full" });
    expect(run.results.map((r) => r.requirement.id)).toEqual(REQUIREMENTS.map((r) => r.id));
    expect(run.results.every((r) => r.outcome === "passed")).toBe(true);
  });

  it("skips the full profile's requirements in a core run, and says why", () => {
    const run = resultsOf(passAll(), { ...base, profile: "core" });
    expect(outcome(run, "GH-IDEM-003")).toMatchObject({
      outcome: "skipped",
      reason: "runs in the full profile only",
    });
    expect(outcome(run, "GH-IDEM-001")?.outcome).toBe("passed");
  });

  it("skips a requirement no phase checked, and one a phase could not reach, with why", () => {
    const run = resultsOf(new Map([["GH-RATE-001", { skipped: "no 429 came" }]]), {
      ...base,
      profile: "core",
    });
    expect(outcome(run, "GH-RATE-001")).toMatchObject({ outcome: "skipped", reason: "no 429 came" });
    expect(outcome(run, "GH-ETAG-002")).toMatchObject({
      outcome: "skipped",
      reason: "no check of this kit proves it yet",
      inScope: true,
    });
  });

  it("leaves out of scope what the run was not asked to check", () => {
    const run = resultsOf(passAll(), { ...base, profile: "full", only: ["GH-IDEM-001"] });
    expect(outcome(run, "GH-IDEM-001")).toMatchObject({ outcome: "passed", inScope: true });
    expect(outcome(run, "GH-ETAG-002")).toMatchObject({
      outcome: "skipped",
      reason: "not selected for this run",
      inScope: false,
    });
    expect(exitCode(run)).toBe(0);
  });

  it("counts a listed failure as expected, and a listed pass as passing now", () => {
    const findings = passAll();
    findings.set("GH-ETAG-002", { failures: [failure] });
    const expectedFailures = new Map<RequirementId, string>([
      ["GH-ETAG-002", "If-Match ignored on leases"],
      ["GH-ETAG-003", "fixed since"],
    ]);
    const run = resultsOf(findings, { ...base, profile: "core", expectedFailures });
    expect(outcome(run, "GH-ETAG-002")).toMatchObject({
      outcome: "expected_failure",
      reason: "If-Match ignored on leases",
    });
    expect(outcome(run, "GH-ETAG-003")).toMatchObject({
      outcome: "passed",
      reason: PASSES_NOW,
      passesNow: true,
    });
    expect(exitCode(run)).toBe(0);
  });
});

describe("exitCode", () => {
  it("is 1 when a MUST fails", () => {
    const findings = passAll();
    findings.set("GH-TENANT-001", { failures: [failure] });
    expect(exitCode(resultsOf(findings, { ...base, profile: "core" }))).toBe(1);
  });

  it("is 0 when only a SHOULD fails", () => {
    const findings = passAll();
    findings.set("GH-RATE-001", { failures: [failure] });
    const run = resultsOf(findings, { ...base, profile: "core" });
    expect(outcome(run, "GH-RATE-001")?.outcome).toBe("failed");
    expect(exitCode(run)).toBe(0);
  });

  it("is 0 when every MUST of the profile holds, the other profile's aside", () => {
    expect(exitCode(resultsOf(passAll(), { ...base, profile: "full" }))).toBe(0);
    const core = new Map([...passAll()].filter(([id]) => requirement(id).profile === "core"));
    expect(exitCode(resultsOf(core, { ...base, profile: "core" }))).toBe(0);
  });

  it("is 3 when no MUST failed but one asked for could not be checked", () => {
    expect(exitCode(resultsOf(new Map(), { ...base, profile: "core" }))).toBe(3);
    const findings = passAll();
    findings.set("GH-TENANT-001", { skipped: "read-only run" });
    expect(exitCode(resultsOf(findings, { ...base, profile: "core" }))).toBe(3);
    findings.set("GH-IDEM-002", { failures: [failure] });
    expect(exitCode(resultsOf(findings, { ...base, profile: "core" }))).toBe(1);
  });

  it("counts a failed SHOULD as a MUST when strict", () => {
    const findings = passAll();
    findings.set("GH-RATE-001", { failures: [failure] });
    const run = resultsOf(findings, { ...base, profile: "core" });
    expect(exitCode(run)).toBe(0);
    expect(exitCode(run, { strict: true })).toBe(1);
  });

  it("is 0 when the only failed MUST is expected", () => {
    const findings = passAll();
    findings.set("GH-TENANT-001", { failures: [failure] });
    const expectedFailures = new Map<RequirementId, string>([["GH-TENANT-001", "known"]]);
    expect(exitCode(resultsOf(findings, { ...base, profile: "core", expectedFailures }))).toBe(0);
  });
});

describe("parseExpectedFailures", () => {
  it("reads requirement id → reason", () => {
    expect(parseExpectedFailures('{"GH-IDEM-003":"race, ticket 42"}')).toEqual(
      new Map([["GH-IDEM-003", "race, ticket 42"]]),
    );
  });

  it("refuses unknown ids, naming each", () => {
    const read = () =>
      parseExpectedFailures('{"GH-IDEM-999":"x","GH-NOPE-001":"y","GH-IDEM-001":"z"}', "known.json");
    expect(read).toThrow(ExpectedFailuresError);
    expect(read).toThrow(/known\.json names requirements that do not exist: GH-IDEM-999, GH-NOPE-001/);
  });

  it.each([
    ["not json", "invalid_json"],
    ['["GH-IDEM-001"]', "not_an_object"],
    ["null", "not_an_object"],
    ['{"GH-IDEM-001": ""}', "invalid_reason"],
    ['{"GH-IDEM-001": 3}', "invalid_reason"],
  ])("refuses %j with code %s", (text, code) => {
    expect(() => parseExpectedFailures(text)).toThrow(expect.objectContaining({ code }));
  });
});
