import { defineConfig } from "vitest/config";
import shared from "../../vitest.shared";

export default defineConfig({
  ...shared,
  test: { ...shared.test, testTimeout: 60_000 },
});
