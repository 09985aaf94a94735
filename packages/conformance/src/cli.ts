#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { runPropertyPhase } from "./phase";
import { propertyResults } from "./property-results";
import { formatReport } from "./report";
import { formatTerminal, wantsColor } from "./report-terminal";
import type { RequirementId } from "./requirements";
import { ExpectedFailuresError, exitCode, parseExpectedFailures } from "./results";
import { writeReports } from "./write-reports";

const usage =
  "usage: ghorfa-conformance property --base-url URL --key KEY --chamber ID [--admin-key KEY] [--seed N] [--runs N] [--known CODE@POINTER]... [--json] [--report-dir DIR] [--expected-failures FILE]";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "base-url": { type: "string" },
      key: { type: "string" },
      "admin-key": { type: "string" },
      chamber: { type: "string" },
      seed: { type: "string" },
      runs: { type: "string" },
      json: { type: "boolean" },
      known: { type: "string", multiple: true },
      "report-dir": { type: "string" },
      "expected-failures": { type: "string" },
    },
  });
  const baseUrl = values["base-url"];
  const { key, chamber } = values;
  if (positionals[0] !== "property" || !baseUrl || !key || !chamber) {
    console.error(usage);
    return 2;
  }
  // Read first: an unknown id in the file stops the run before any request.
  const expectedFailuresPath = values["expected-failures"];
  let expectedFailures: Map<RequirementId, string> | undefined;
  try {
    expectedFailures = expectedFailuresPath
      ? parseExpectedFailures(await readFile(expectedFailuresPath, "utf8"), expectedFailuresPath)
      : undefined;
  } catch (error) {
    // A usage error: say what is wrong with the file, without a stack trace.
    if (!(error instanceof ExpectedFailuresError)) throw error;
    console.error(error.message);
    return 2;
  }
  const startedAt = new Date().toISOString();
  const report = await runPropertyPhase({
    baseUrl,
    key,
    chamber,
    ...(values["admin-key"] ? { adminKey: values["admin-key"] } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    ...(values.runs ? { runs: Number(values.runs) } : {}),
    ...(values.known ? { knownRefusals: values.known } : {}),
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (!values["report-dir"] && !expectedFailures) return report.failures.length === 0 ? 0 : 1;
  // With reports or known gaps, the verdict is by requirement: every MUST holds, expected failures excepted.
  const run = propertyResults(report, {
    profile: "core",
    startedAt,
    secrets: { key, ...(values["admin-key"] ? { adminKey: values["admin-key"] } : {}) },
    ...(expectedFailures ? { expectedFailures } : {}),
  });
  // The verdict by requirement, after the checks' detail (stdout stays one JSON document with --json).
  if (!values.json) console.log(`\n${formatTerminal(run, { color: wantsColor(process.stdout) })}`);
  if (values["report-dir"]) {
    const paths = await writeReports(values["report-dir"], run);
    console.error(`reports: ${Object.values(paths).join(", ")}`);
  }
  return exitCode(run);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
