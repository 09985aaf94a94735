import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: "esm",
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  target: "es2022",
  clean: true,
});
