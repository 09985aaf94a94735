// Writes the contract's OpenAPI document (from @ghorfa/contract, this repository's) into
// src/generated/contract.json: the document the kit checks every node against, shipped inside it,
// so that a run needs nothing but the kit. `npm run contract-document -w @ghorfa/conformance`;
// a test fails when the file is stale, and `npm run version-packages` rewrites it.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openapi } from "@ghorfa/contract";

export const CONTRACT_DOCUMENT_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  "../src/generated/contract.json",
);

/**
 * The file's text: keys sorted (the contract's build and its source may list them in different
 * orders) and one property per line, so that a contract change reads as a small diff.
 */
export function contractDocumentText(): string {
  return `${JSON.stringify(sortKeys(openapi()), null, 1)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CONTRACT_DOCUMENT_PATH, contractDocumentText());
  console.log(`wrote ${CONTRACT_DOCUMENT_PATH}`);
}
