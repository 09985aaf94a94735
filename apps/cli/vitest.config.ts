import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// Like the SDK's integration tests: a real reference node in-process (@ghorfa/testing/node), `pg`
// loaded as CommonJS, one seeded database template per run; and the CLI built once per run
// (test/build.ts) so the tests run the bin, dist/main.js, as a user does.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: {
    ...shared.test,
    testTimeout: 60_000,
    globalSetup: ["@ghorfa/testing/global-setup", "./test/build.ts"],
  },
});
