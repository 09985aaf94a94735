import { defineConfig } from "tsup";

// One ESM file for Node. Dependencies (the workspace packages included) stay external and resolve
// through node_modules to their built `dist` at run time — the `@ghorfa/source` condition is for
// tests and development only — so the node runs exactly what users of those packages get.
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node22",
  dts: false,
  clean: true,
  sourcemap: true,
  splitting: false,
  treeshake: true,
});
