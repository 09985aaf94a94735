import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as contract from "@ghorfa/contract";
import { CONTRACT_VERSION, PROBLEM_BASE_URI, routes } from "@ghorfa/contract";
import * as schemas from "@ghorfa/schemas";
import * as z from "zod";
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

/** Where each schema a package exports is found: its export name and the package. */
function exportedNames(): Map<unknown, { name: string; from: string }> {
  const names = new Map<unknown, { name: string; from: string }>();
  for (const [from, exports] of [
    ["@ghorfa/contract", contract],
    ["@ghorfa/schemas", schemas],
  ] as const) {
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType && !names.has(value)) names.set(value, { name, from });
    }
  }
  return names;
}

/**
 * The source of `src/contract-responses.ts`: each route's success schema, written as the contract
 * writes it (an exported schema, or `Page`/`List` of one), so that the chunk a validating client
 * loads imports those schemas and not the routes with their summaries and descriptions.
 */
export function contractResponsesSource(): string {
  const names = exportedNames();
  const imports = new Map<string, Set<string>>();
  const imported = (name: string, from: string) => {
    if (!imports.has(from)) imports.set(from, new Set());
    imports.get(from)?.add(name);
    return name;
  };
  const use = (schema: unknown, key: string): string => {
    const found = names.get(schema);
    if (found) return imported(found.name, found.from);
    // Page(item) and List(item) of pagination.ts, recognised by their shape.
    if (schema instanceof z.ZodObject && schema.shape.items instanceof z.ZodArray) {
      const keys = Object.keys(schema.shape).join();
      const wrapper = keys === "items,nextCursor" ? "Page" : keys === "items" ? "List" : undefined;
      if (wrapper) return `${imported(wrapper, "@ghorfa/contract")}(${use(schema.shape.items.element, key)})`;
    }
    throw new Error(`${key}: its success schema is not one @ghorfa/contract or @ghorfa/schemas exports`);
  };
  const entries = Object.values(routes).map((route) => {
    const schema = route.responses[route.successStatus as keyof typeof route.responses];
    return `  ${JSON.stringify(route.key)}: ${schema === null ? "null" : use(schema, route.key)},`;
  });
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, used]) => {
      // As the formatter writes it: one line when it fits in 110 columns, else a name a line.
      const names = [...used].sort();
      const line = `import { ${names.join(", ")} } from "${from}";`;
      return line.length <= 110
        ? line
        : `import {\n${names.map((name) => `  ${name},\n`).join("")}} from "${from}";`;
    });
  return `${importLines.join("\n")}
import type * as z from "zod";

// Generated from @ghorfa/contract by scripts/contract-table.ts (run by \`npm run build\`): do not
// edit. The schema of each route's success body, imported by name, so that the chunk a client
// that validates answers loads holds these schemas and not the routes' summaries, descriptions
// or examples. A test fails when it differs from the contract.

/** The schema of each route's success body; \`null\` when it answers with no body. */
export const SUCCESS_SCHEMAS: Record<string, z.ZodType | null> = {
${entries.join("\n")}
};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = join(dirname(fileURLToPath(import.meta.url)), "../src");
  // Written only when they change: turbo may typecheck or test this package while another task
  // builds it, and rewriting a file truncates it for a moment.
  const write = (file: string, text: string) => {
    const path = join(src, file);
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current !== text) writeFileSync(path, text);
  };
  write("contract-table.ts", contractTableSource());
  write("contract-responses.ts", contractResponsesSource());
}
