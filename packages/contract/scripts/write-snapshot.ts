// Records the contract as released: the breaking-change gate compares the next changes with it.
// Run by the root `version-packages` script, once changesets have set the new versions.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeContract } from "../src/breaking/describe";
import { routes } from "../src/index";

const target = fileURLToPath(new URL("../snapshot/contract.json", import.meta.url));
mkdirSync(fileURLToPath(new URL("../snapshot/", import.meta.url)), { recursive: true });
writeFileSync(target, `${JSON.stringify(describeContract(routes), null, 2)}\n`);
console.log(`wrote ${target}`);
