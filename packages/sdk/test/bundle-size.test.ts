import { expect, it } from "vitest";
import { appBundle, clientBundle, SDK_BUDGET_BYTES } from "../scripts/bundle-size";

it("keeps the client a browser loads up front, with ky, within its gzipped ceiling", async () => {
  const { initial } = await clientBundle();
  const paths = initial.inputs.map(([path]) => path);
  expect(paths.some((path) => path.startsWith("ky/"))).toBe(true);
  // The contract's routes and schemas load only for validation; the federation is tree-shaken.
  expect(paths.some((path) => path.startsWith("zod/") || path.includes("contract/src/"))).toBe(false);
  expect(paths.some((path) => path.endsWith("federation.ts"))).toBe(false);
  expect(initial.gzipped).toBeLessThanOrEqual(SDK_BUDGET_BYTES);
});

it("bundles a validating browser app without a Node built-in, with zod and the contract's schemas", async () => {
  const { all } = await appBundle();
  const paths = all.inputs.map(([path]) => path);
  expect(paths.some((path) => path.startsWith("zod/"))).toBe(true);
  expect(paths.some((path) => path.includes("contract/src/routes"))).toBe(true);
  expect(all.gzipped).toBeGreaterThan(SDK_BUDGET_BYTES);
});
