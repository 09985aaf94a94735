import { defineConfig } from "tsup";

const common = {
  entry: { index: "src/index.ts" },
  sourcemap: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
} as const;

export default defineConfig([
  // Declarations are written once, for CommonJS; scripts/one-declaration.mjs makes each `.d.ts`
  // re-export its `.d.cts`.
  { ...common, format: "esm", clean: true },
  // ky ships ESM only, which `require` loads without a flag only from Node 22.12 on: the CommonJS
  // build carries its own copy, so it works on every Node 22 (ESM users share the one their app has).
  { ...common, format: "cjs", dts: true, noExternal: ["ky"] },
]);
