import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// The replica test (test/replicas): built nodes on a PostgreSQL database of its own behind
// HAProxy. Not part of `npm test`: `npm run test:replicas` builds the node, then runs it.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: { ...shared.test, include: ["test/replicas/**/*.test.ts"], fileParallelism: false },
});
