import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { exitCode, propertyResults, REPORT_FILES, runPropertyPhase } from "../src/index";
import { type Fault, startFaultyServer } from "./faulty-server";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(fault: Fault) {
  const server = await startFaultyServer(fault);
  close = server.close;
  return server.url;
}

const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const run = promisify(execFile);

/** The CLI as a user runs it; the exit code comes back instead of throwing. */
async function ghorfaConformance(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", cli, ...args], {
      encoding: "utf8",
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the property phase's results by requirement", () => {
  it("fails GH-PROP-002 on a server that answers 500, with a curl that holds no key", async () => {
    const baseUrl = await serve("server-error");
    const report = await runPropertyPhase({ baseUrl, key: "k-secret", chamber: "ma-09", seed: 7, runs: 10 });
    const results = propertyResults(report, {
      profile: "core",
      startedAt: new Date().toISOString(),
      secrets: { key: "k-secret" },
    });
    const result = results.results.find((r) => r.requirement.id === "GH-PROP-002");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures[0]?.curl).toMatch(/^curl .*"Authorization: Bearer \$GHORFA_KEY"/);
    expect(JSON.stringify(results)).not.toContain("k-secret");
    expect(exitCode(results)).toBe(1);
  });
});

describe("ghorfa-conformance property --report-dir", () => {
  it("writes the three reports and exits 1 when a MUST fails", async () => {
    const baseUrl = await serve("body-off-schema");
    const dir = await mkdtemp(join(tmpdir(), "conformance-cli-"));
    const out = await ghorfaConformance([
      "property",
      "--base-url",
      baseUrl,
      "--key",
      "k-secret",
      "--chamber",
      "ma-09",
      "--seed",
      "7",
      "--runs",
      "10",
      "--report-dir",
      dir,
    ]);
    expect(out.code).toBe(1);
    // Not a TTY: the verdict by requirement comes as plain text.
    expect(out.stdout).toMatch(/FAIL {2}GH-SCHEMA-001 +MUST/);
    expect(out.stdout).not.toContain("\u001b");
    const json = JSON.parse(await readFile(join(dir, REPORT_FILES.json), "utf8"));
    expect(json.results.find((r: { id: string }) => r.id === "GH-SCHEMA-001").outcome).toBe("failed");
    expect(await readFile(join(dir, REPORT_FILES.junit), "utf8")).toContain('<testsuite name="SCHEMA"');
    expect(await readFile(join(dir, REPORT_FILES.html), "utf8")).toContain("GH-SCHEMA-001");
    for (const file of Object.values(REPORT_FILES))
      expect(await readFile(join(dir, file), "utf8")).not.toContain("k-secret");
  });

  it("exits 0 when the only failed MUST is in the expected-failures file", async () => {
    const baseUrl = await serve("body-off-schema");
    const dir = await mkdtemp(join(tmpdir(), "conformance-cli-"));
    const known = join(dir, "expected.json");
    await writeFile(
      known,
      JSON.stringify({ "GH-SCHEMA-001": "a wrong field, being fixed", "GH-PROP-003": "not failing" }),
    );
    const out = await ghorfaConformance([
      "property",
      "--base-url",
      baseUrl,
      "--key",
      "k",
      "--chamber",
      "ma-09",
      "--seed",
      "7",
      "--runs",
      "10",
      "--expected-failures",
      known,
      "--report-dir",
      dir,
    ]);
    expect(out.code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, REPORT_FILES.json), "utf8"));
    const byId = (id: string) => json.results.find((r: { id: string }) => r.id === id);
    expect(byId("GH-SCHEMA-001").outcome).toBe("expected_failure");
    expect(byId("GH-PROP-003")).toMatchObject({
      outcome: "passed",
      passesNow: true,
      reason: "passes now: remove it from the file",
    });
  });

  it("refuses an expected-failures file naming an unknown requirement, before any request", async () => {
    const dir = await mkdtemp(join(tmpdir(), "conformance-cli-"));
    const known = join(dir, "expected.json");
    await writeFile(known, JSON.stringify({ "GH-IDEM-999": "typo" }));
    const out = await ghorfaConformance([
      "property",
      "--base-url",
      "http://127.0.0.1:9",
      "--key",
      "k",
      "--chamber",
      "ma-09",
      "--expected-failures",
      known,
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("names requirements that do not exist: GH-IDEM-999");
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
