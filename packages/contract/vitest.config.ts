import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared";

// Some tests run whole external tools (Redocly, openapi-typescript then tsc): on a busy CI
// machine they take far longer than a unit test, so they get a wider limit.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 180_000 } }));
