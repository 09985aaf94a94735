// The breaking-change gate: fails when the contract breaks a client of the last released one,
// unless a pending changeset makes a breaking release of @ghorfa/contract (a major bump; before
// 1.0.0, a minor bump too: see hasBreakingChangeset).
// Usage: check-breaking.ts [--snapshot <file>] [--changesets <dir>] [--additive-only]
// `--additive-only` allows no breaking change at all, whatever the changesets say: the gate of
// `snapshot/release-candidate.json`, the contract as the first release was prepared, which the
// additions made before that release must leave whole.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { hasBreakingChangeset } from "../src/breaking/changesets";
import { findBreakingChanges } from "../src/breaking/compare";
import { type ContractDescription, describeContract } from "../src/breaking/describe";
import { routes } from "../src/index";

const { values } = parseArgs({
  options: {
    snapshot: {
      type: "string",
      default: fileURLToPath(new URL("../snapshot/contract.json", import.meta.url)),
    },
    changesets: { type: "string", default: fileURLToPath(new URL("../../../.changeset/", import.meta.url)) },
    "additive-only": { type: "boolean", default: false },
  },
});

const released = JSON.parse(readFileSync(values.snapshot, "utf8")) as ContractDescription;
const changes = findBreakingChanges(released, describeContract(routes));
if (changes.length === 0) {
  console.log(`contract gate: no breaking change since ${released.contractVersion}`);
  process.exit(0);
}
console.log(`contract gate: ${changes.length} breaking change(s) since ${released.contractVersion}:`);
for (const change of changes) console.log(`  ${change.kind}  ${change.where}: ${change.detail}`);
if (values["additive-only"]) {
  console.log("refused: only additive changes are allowed against this snapshot");
  process.exit(1);
}
const dir = values.changesets;
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }))
  : [];
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const bump = version.startsWith("0.") ? "minor" : "major";
if (hasBreakingChangeset(files, version)) {
  console.log(`allowed: a pending changeset makes a breaking release of @ghorfa/contract ${version}`);
  process.exit(0);
}
console.log(
  `refused: add a changeset with "@ghorfa/contract": ${bump} (a breaking release of ${version}), or make the change additive`,
);
process.exit(1);
