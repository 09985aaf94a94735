import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// The tests run against the reference node (apps/server through @ghorfa/testing/node) in-process,
// like the conformance kit's: `pg` loads its CommonJS build, and one migrated, seeded database
// template is built per run; the CLI is built once per run (test/build.ts) so that tests run the
// bin, dist/main.js, as a user does.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: {
    ...shared.test,
    globalSetup: ["@ghorfa/testing/global-setup", "./test/build.ts"],
    testTimeout: 120_000,
  },
});
