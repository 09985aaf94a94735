#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { runPropertyPhase } from "./phase";
import { propertyResults } from "./property-results";
import { formatReport } from "./report";
import { formatJson } from "./report-json";
import { formatTerminal, wantsColor } from "./report-terminal";
import { isRequirementId, type Profile, REQUIREMENTS, type RequirementId } from "./requirements";
import { ExpectedFailuresError, exitCode, parseExpectedFailures, type RunResults } from "./results";
import { runConformance } from "./run";
import { forTerminal } from "./text-safety";
import { writeReports } from "./write-reports";

const USAGE = `usage:
  ghorfa-conformance --base-url URL --chamber ID [--key KEY] [--admin-key KEY] [options]
      runs the kit: every requirement of the profile, then the property phase
  ghorfa-conformance requirements [--json]
      lists the requirements
  ghorfa-conformance property --base-url URL --chamber ID [--key KEY] [--admin-key KEY] [--seed N] [--runs N]
      runs the property phase alone

options:
  --key KEY                 a key of the chamber with every chamber scope (or $GHORFA_KEY)
  --admin-key KEY           the operator's key (or $GHORFA_ADMIN_KEY): without it, the requirements
                            that need keys of other scopes or chambers are skipped
  --profile core|full       core (default) or full, which adds the slow and concurrent requirements
  --read-only               send nothing that writes (for a production node)
  --only ID[,ID…]           run only these requirements
  --expected-failures FILE  known gaps: a JSON object, requirement id → reason
  --report-dir DIR          write conformance.json, conformance.junit.xml and conformance.html there
  --json                    print the JSON report instead of the terminal one
  --seed N, --runs N        the property phase's seed and requests per operation
  --no-property             leave the property phase out
  --known CODE@POINTER      a refusal of valid input already known (property phase; repeatable)
  --timeout MS              each request's limit (30000 by default)
  --strict                  a failed or unchecked SHOULD counts as a MUST

exit codes: 0 every MUST holds; 1 a MUST failed; 3 none failed but some could not be checked; 2 usage`;

class UsageError extends Error {}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not ${value}`);
  return Number(value);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "base-url": { type: "string" },
      key: { type: "string" },
      "admin-key": { type: "string" },
      chamber: { type: "string" },
      profile: { type: "string" },
      "read-only": { type: "boolean" },
      only: { type: "string", multiple: true },
      seed: { type: "string" },
      runs: { type: "string" },
      json: { type: "boolean" },
      known: { type: "string", multiple: true },
      "report-dir": { type: "string" },
      "expected-failures": { type: "string" },
      "no-property": { type: "boolean" },
      strict: { type: "boolean" },
      timeout: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0] ?? "run";
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command === "requirements") {
    if (values.json) console.log(JSON.stringify(REQUIREMENTS, null, 2));
    else
      for (const r of REQUIREMENTS)
        console.log(`${r.id.padEnd(15)} ${r.level.padEnd(6)} ${r.profile.padEnd(4)} ${r.title}`);
    return 0;
  }
  if (command !== "run" && command !== "property") throw new UsageError(`unknown command ${command}`);

  const baseUrl = values["base-url"];
  const key = values.key ?? process.env.GHORFA_KEY;
  const adminKey = values["admin-key"] ?? process.env.GHORFA_ADMIN_KEY;
  const { chamber } = values;
  if (!baseUrl || !chamber) throw new UsageError("--base-url and --chamber are required");
  if (!key) throw new UsageError("a key is required: --key or $GHORFA_KEY");
  if (!URL.canParse(baseUrl)) throw new UsageError(`--base-url is not a URL: ${baseUrl}`);
  const profile = values.profile ?? "core";
  if (profile !== "core" && profile !== "full")
    throw new UsageError(`--profile is core or full, not ${profile}`);
  const only = values.only?.flatMap((list) => list.split(",")).map((id) => id.trim());
  const unknown = only?.filter((id) => !isRequirementId(id)) ?? [];
  if (unknown.length > 0)
    throw new UsageError(`--only names requirements that do not exist: ${unknown.join(", ")}`);
  const seed = integer("seed", values.seed);
  const runs = integer("runs", values.runs);
  const timeout = integer("timeout", values.timeout);

  // Read first: an unknown id in the file stops the run before any request.
  const expectedFailuresPath = values["expected-failures"];
  let expectedFailures: Map<RequirementId, string> | undefined;
  try {
    expectedFailures = expectedFailuresPath
      ? parseExpectedFailures(await readFile(expectedFailuresPath, "utf8"), expectedFailuresPath)
      : undefined;
  } catch (error) {
    if (error instanceof ExpectedFailuresError) throw new UsageError(error.message);
    throw new UsageError(`cannot read ${expectedFailuresPath}: ${(error as Error).message}`);
  }
  const secrets = { key, ...(adminKey ? { adminKey } : {}) };
  const startedAt = new Date().toISOString();

  let run: RunResults;
  if (command === "property") {
    const report = await runPropertyPhase({
      baseUrl,
      key,
      chamber,
      ...(adminKey ? { adminKey } : {}),
      ...(seed === undefined ? {} : { seed }),
      ...(runs === undefined ? {} : { runs }),
      ...(values.known ? { knownRefusals: values.known } : {}),
    });
    if (!values.json) console.log(formatReport(report));
    run = propertyResults(report, {
      profile: profile as Profile,
      startedAt,
      secrets,
      ...(expectedFailures ? { expectedFailures } : {}),
    });
  } else {
    const progress = process.stderr.isTTY && !values.json;
    run = await runConformance({
      baseUrl,
      key,
      chamber,
      profile: profile as Profile,
      ...(adminKey ? { adminKey } : {}),
      ...(values["read-only"] ? { readOnly: true } : {}),
      ...(only ? { only: only as RequirementId[] } : {}),
      ...(expectedFailures ? { expectedFailures } : {}),
      ...(values["no-property"] ? { property: false } : {}),
      ...(seed === undefined ? {} : { seed }),
      ...(runs === undefined ? {} : { runs }),
      ...(values.known ? { knownRefusals: values.known } : {}),
      ...(timeout === undefined ? {} : { requestTimeoutMs: timeout }),
      ...(progress
        ? {
            onProgress(event) {
              if (event.kind === "property") {
                if (event.phase === "start") process.stderr.write("… property phase\n");
              } else if (event.kind === "end") {
                const outcome = event.failures > 0 ? "FAIL" : event.skipped ? "skip" : "ok";
                process.stderr.write(
                  `… ${event.requirement} ${outcome.padEnd(4)} ${forTerminal(event.check)}\n`,
                );
              }
            },
          }
        : {}),
    });
  }
  console.log(values.json ? formatJson(run) : formatTerminal(run, { color: wantsColor(process.stdout) }));
  if (values["report-dir"]) {
    const paths = await writeReports(values["report-dir"], run);
    console.error(`reports: ${Object.values(paths).join(", ")}`);
  }
  return exitCode(run, { strict: values.strict === true });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`ghorfa-conformance: ${(error as Error).message}\n\n${USAGE}`);
    } else {
      console.error(error);
    }
    process.exitCode = 2;
  },
);
