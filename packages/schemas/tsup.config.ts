import { defineConfig } from "tsup";
import { type EsbuildPlugin, pureTopLevel } from "../../scripts/build/pure-top-level";

const common = {
  // `issue-codes`, `ids` and `enum-values` are their own entries, free of zod: what @ghorfa/i18n
  // needs to word an issue, what @ghorfa/sdk needs to order ids and merge nodes' copies, and what a
  // page needs to list an enum's values, without bringing the schemas into an app's chunk.
  entry: {
    index: "src/index.ts",
    "fixtures/index": "src/fixtures/index.ts",
    "issue-codes": "src/issues/issue-codes.ts",
    ids: "src/ids/index.ts",
    "enum-values": "src/enum-values.ts",
  },
  sourcemap: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
  // Lets an app drop the schemas it does not use (see the plugin).
  esbuildPlugins: [pureTopLevel] as EsbuildPlugin[],
} as const;

// Declarations are written once, for CommonJS; scripts/one-declaration.mjs makes each `.d.ts`
// re-export its `.d.cts`.
export default defineConfig([
  { ...common, format: "esm", clean: true },
  { ...common, format: "cjs", dts: true },
]);
