import { defineConfig } from "vitest/config";
import shared from "../../../../vitest.shared";

// The portal in Debian's Chromium against a reference node with its demo data, which serves the
// built portal (npm run test:portal builds both first). One browser at a time: the files share the
// node, and the machine has few cores.
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
