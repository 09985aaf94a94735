#!/usr/bin/env node
import { parseArgs } from "node:util";
import { runPropertyPhase } from "./phase";
import { formatReport } from "./report";

const usage =
  "usage: ghorfa-conformance property --base-url URL --key KEY --chamber ID [--admin-key KEY] [--seed N] [--runs N] [--known CODE@POINTER]... [--json]";

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
    },
  });
  const baseUrl = values["base-url"];
  const { key, chamber } = values;
  if (positionals[0] !== "property" || !baseUrl || !key || !chamber) {
    console.error(usage);
    return 2;
  }
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
  return report.failures.length === 0 ? 0 : 1;
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
