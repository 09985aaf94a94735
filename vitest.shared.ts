import { defineConfig } from "vitest/config";

// Workspace imports resolve to `src` through the `@ghorfa/source` export condition,
// so tests never wait for a build of the packages they import.
const conditions = ["@ghorfa/source", "module", "import", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
