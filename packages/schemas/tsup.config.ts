import { defineConfig } from "tsup";
import { type EsbuildPlugin, pureTopLevel } from "../../scripts/build/pure-top-level";

const common = {
  entry: { index: "src/index.ts", "fixtures/index": "src/fixtures/index.ts" },
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
