import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// The federation of twelve: thirteen built nodes started once for the file, the SDK from source.
// As in apps/server: with the shared "import" condition, pg's require("pg-pool") would load
// pg-pool's ESM build and fail.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  root: import.meta.dirname,
  test: { ...shared.test, include: ["*.test.ts"], hookTimeout: 180_000, fileParallelism: false },
});
