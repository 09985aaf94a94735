import { defineConfig } from "tsup";

// One executable file (and the chunks of commands it loads on demand); the workspace packages stay
// dependencies, resolved from node_modules as an installed CLI finds them.
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: "esm",
  sourcemap: true,
  target: "es2022",
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
});
