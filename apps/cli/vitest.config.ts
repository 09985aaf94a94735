import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// Import tests run against the reference node (apps/server through @ghorfa/testing/node) in-process,
// like the conformance kit's: `pg` loads its CommonJS build, and one migrated, seeded database
// template is built per run.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: { ...shared.test, globalSetup: ["@ghorfa/testing/global-setup"], testTimeout: 120_000 },
});
