import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// Some tests run the phase against the reference node (apps/server, through @ghorfa/testing/node)
// in-process: like the SDK's integration tests, `pg` must load its CommonJS build, and one
// migrated, seeded database template is built per run (@ghorfa/testing/global-setup). A phase
// sends a few hundred requests, hence the wider limit.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: { ...shared.test, globalSetup: ["@ghorfa/testing/global-setup"], testTimeout: 180_000 },
});
