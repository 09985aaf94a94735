import { readFile } from "node:fs/promises";
import type { Options } from "tsup";
import ts from "typescript";

/** An esbuild plugin, as tsup takes it (esbuild is tsup's, not a dependency of ours). */
export type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

// Why: tsup bundles a package into a few files, so an app's bundler cannot drop an unused schema
// by dropping its module (`sideEffects: false` works per module). It can drop an unused top-level
// constant only when its initializer is a call it knows to be pure, and nothing tells it that
// `z.object(…).check(…)` is. This plugin marks each top-level `const` initialized by a call or a
// `new` with `/* @__PURE__ */` (and the calls in its arguments) as tsup reads the sources, so an app that imports `Member` does not
// carry `Agreement`. A top-level call kept for its side effect must be a statement of its own,
// not a constant's initializer (the packages have none).

/**
 * The offsets of the calls and `new`s that run when `source` loads to initialize its top-level
 * constants: each initializer's own, and those of its arguments (an app's bundler keeps an
 * argument's call when it drops the call around it, unless that one is marked too). Calls inside
 * functions are left alone: they run later, for what they do.
 */
export function pureInitializerOffsets(fileName: string, source: string): number[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const offsets = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) offsets.add(node.getStart(file));
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.initializer) visit(declaration.initializer);
    }
  }
  return [...offsets].sort((a, b) => a - b);
}

/** `source` with `/* @__PURE__ *\/` before each call `pureInitializerOffsets` finds. */
export function markPureInitializers(fileName: string, source: string): string {
  let out = source;
  // From the end, so that earlier offsets stay valid.
  for (const offset of pureInitializerOffsets(fileName, source).reverse()) {
    if (/\/\*\s*[#@]__PURE__\s*\*\/\s*$/.test(out.slice(Math.max(0, offset - 24), offset))) continue;
    out = `${out.slice(0, offset)}/* @__PURE__ */ ${out.slice(offset)}`;
  }
  return out;
}

/** The esbuild plugin (tsup's `esbuildPlugins`) applying `markPureInitializers` to a package's `src`. */
export const pureTopLevel: EsbuildPlugin = {
  name: "ghorfa-pure-top-level",
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      return { contents: markPureInitializers(args.path, source), loader: "ts" };
    });
  },
};
