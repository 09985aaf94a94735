import { defineConfig } from "tsup";

// One executable file (and the chunks of commands it loads on demand); the workspace packages stay
// dependencies, resolved from node_modules as an installed CLI finds them. The portal's receipt
// (ReceiptDocument and its messages, from apps/portal/src by relative path) is bundled in, its
// stylesheet as text, so the published CLI does not depend on the private portal.
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: "esm",
  sourcemap: true,
  target: "es2022",
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
  loader: { ".css": "text" },
  esbuildOptions(options) {
    options.jsx = "automatic";
  },
});
