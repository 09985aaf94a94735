import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONTRACT_VERSION, PROBLEM_BASE_URI, routes } from "@ghorfa/contract";
import { routeTable } from "../src/route-descriptor";

/** The source of `src/contract-table.ts`: the contract's run-time facts the client needs. */
export function contractTableSource(): string {
  // One route a line; a minifier joins the pieces back into one string.
  const lines = routeTable(routes)
    .split(/(?<=,)/)
    .map((piece) => `  ${JSON.stringify(piece)}`);
  return `import type { RouteTable } from "./route-descriptor";

// Generated from @ghorfa/contract by scripts/contract-table.ts (run by \`npm run build\`): do not
// edit. What the client needs of the contract at run time, and no more, so a browser bundle of the
// SDK carries no route summaries, examples or schemas. A test fails when it differs from the contract.

/** The contract version this SDK speaks, sent in \`Ghorfa-Version\`. */
export const CONTRACT_VERSION = ${JSON.stringify(CONTRACT_VERSION)};

/** The namespace of problem \`type\` URIs; the rest of a URI is the problem kind. */
export const PROBLEM_BASE_URI = ${JSON.stringify(PROBLEM_BASE_URI)};

/** Every route of the contract, as \`route-descriptor.ts\` writes them: key, method, path and traits. */
export const ROUTE_TABLE: RouteTable =
${lines.join(" +\n")};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(
    join(dirname(fileURLToPath(import.meta.url)), "../src/contract-table.ts"),
    contractTableSource(),
  );
}
