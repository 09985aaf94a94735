import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// The integration tests start the reference node (apps/server, through @ghorfa/testing/node)
// in-process. Like the server's own tests: `pg` must load its CommonJS build (so no "import"
// condition for external packages), and one migrated, seeded database template is built per run
// (@ghorfa/testing/global-setup), then copied by each test file.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: {
    ...shared.test,
    globalSetup: ["@ghorfa/testing/global-setup"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
