import { configDefaults, defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

// vitest hands `ssr.resolve.conditions` to Node as `--conditions` for external dependencies;
// with the shared "import" condition, `require("pg-pool")` inside pg would load pg-pool's ESM
// build and fail. Workspace sources still resolve through `@ghorfa/source`.
const conditions = ["@ghorfa/source", "node"];

export default defineConfig({
  ...shared,
  ssr: { resolve: { conditions, externalConditions: ["@ghorfa/source"] } },
  test: {
    ...shared.test,
    globalSetup: ["src/db/testing-setup.ts"],
    // Replicas behind HAProxy need the built node and a minute: `npm run test:replicas`.
    exclude: [...configDefaults.exclude, "test/replicas/**"],
  },
});
