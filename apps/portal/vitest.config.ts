import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

export default defineConfig({
  ...shared,
  test: { ...shared.test, include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"] },
});
