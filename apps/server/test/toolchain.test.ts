import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The repository pins its own Node (root devDependency `node`); npm puts node_modules/.bin first on
// every script's PATH, turbo's `npm run` in each workspace included. If that link breaks, the tests
// would go on passing on whatever Node the machine has: this makes it a failure instead.
const root = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
  devDependencies: Record<string, string>;
};
const major = (version: string) => Number(version.replace(/^v/, "").split(".")[0]);

describe("toolchain", () => {
  it("runs the tests on the Node major the repository pins, not the machine's own", () => {
    expect(major(process.version)).toBe(major(root.devDependencies.node ?? ""));
  });

  it("starts child processes on that same Node", () => {
    expect(process.execPath).toMatch(/node_modules[\\/]node(-linux-x64)?[\\/]bin[\\/]node$/);
  });
});
