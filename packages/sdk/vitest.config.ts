import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// The integration tests start the reference node (apps/server) in-process. Like the server's own
// tests: `pg` must load its CommonJS build (so no "import" condition for external packages), and
// one migrated, seeded database template is built per run, then copied by each test file.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: {
    ...shared.test,
    globalSetup: ["../../apps/server/src/db/testing-setup.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
