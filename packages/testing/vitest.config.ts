import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// `./inputs` re-exports the server's own inputs, which load `pg`: like the server's tests, load
// its CommonJS build (no "import" condition for external packages).
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
});
