import { defineConfig } from "vitest/config";

// The toolchain runs on the Node pinned in the root devDependencies (npm puts node_modules/.bin
// first on a script's PATH); CI also runs the client packages on Node 22. A test run on an older
// Node means a runner was started outside npm and fell back to the machine's own Node: stop there
// rather than pass on a runtime the packages no longer support.
const nodeMajor = Number(process.versions.node.split(".")[0]);
// scripts/runtime-matrix.sh names the runtime it means to test on: fail rather than test another.
const runtime = process.versions.bun ? "bun" : process.versions.deno ? "deno" : `node${nodeMajor}`;
const expected = process.env.GHORFA_EXPECT_RUNTIME;
if (expected && expected !== runtime) {
  throw new Error(`vitest runs on ${runtime} (${process.execPath}), not on ${expected} as asked`);
}
if (nodeMajor < 22) {
  throw new Error(
    `vitest runs on Node ${process.versions.node} (${process.execPath}); Ghorfa supports Node 22 and 24. ` +
      "Run the tests through npm (npm test, npm run test -w <package>) so the pinned Node 24 runs them.",
  );
}

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
