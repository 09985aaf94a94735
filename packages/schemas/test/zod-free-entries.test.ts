import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import manifest from "../package.json" with { type: "json" };

// The subpath entries an app may load with its first page (through @ghorfa/i18n and @ghorfa/sdk):
// a value import of zod, or of any module that makes a schema, anywhere in their graph would put
// zod and the schemas back into that first chunk. The built files are checked in dist.test.ts.
const ZOD_FREE = ["./issue-codes", "./ids", "./enum-values"] as const;
const root = fileURLToPath(new URL("..", import.meta.url));

/** The specifiers of the statements of `source` that import or re-export a value at run time. */
function valueImports(source: string): string[] {
  const statements = source.matchAll(
    /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm,
  );
  const out: string[] = [];
  for (const [, , typeOnly, clause = "", from, bare] of statements) {
    if (bare) out.push(bare);
    else if (typeOnly) continue;
    // `{ type A, type B }` is erased too; anything else (a default, `* as`, one value) is kept.
    else if (/^\{[^}]*\}$/s.test(clause.trim())) {
      const names = clause
        .trim()
        .slice(1, -1)
        .split(",")
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.some((n) => !n.startsWith("type "))) out.push(from as string);
    } else out.push(from as string);
  }
  return out;
}

/** Every module `entry` reaches by value imports: its files and the packages it imports. */
function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of valueImports(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) visit(`${resolve(dirname(file), specifier)}.ts`);
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => f.slice(root.length)), packages: [...packages] };
}

describe("the zod-free entries", () => {
  it("tell value imports from type-only ones", () => {
    const source = [
      'import * as z from "zod";',
      'import type { A } from "./a";',
      'import { type B, type C } from "./b";',
      'import { type D, e } from "./d";',
      'export { f } from "./f";',
      'export type { G } from "./g";',
      'import "./side-effect";',
    ].join("\n");
    expect(valueImports(source)).toEqual(["zod", "./d", "./f", "./side-effect"]);
  });

  for (const subpath of ZOD_FREE) {
    it(`${subpath} reaches no zod and no schema in its sources`, () => {
      const exported = manifest.exports[subpath]["@ghorfa/source"];
      const { files, packages } = graph(join(root, exported));
      expect(files.length).toBeGreaterThan(0);
      expect(packages).toEqual([]);
      for (const file of files) expect(readFileSync(join(root, file), "utf8"), file).not.toMatch(/\bz\./);
    });
  }
});
