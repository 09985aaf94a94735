import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readmeExample, runScript } from "../src/run-script";

const cwd = mkdtempSync(join(tmpdir(), "ghorfa-run-script-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const WHERE = `JSON.stringify({
  deno: process.versions.deno !== undefined,
  bun: process.versions.bun !== undefined,
  args: process.argv.slice(2),
})`;

describe("runScript", () => {
  it("runs an ES module on the runtime running the tests, with its arguments", async () => {
    const out = await runScript(`console.log(${WHERE});`, { cwd, args: ["a", "b c"] });
    expect(JSON.parse(out)).toEqual({
      deno: "Deno" in globalThis,
      bun: "Bun" in globalThis,
      args: ["a", "b c"],
    });
  });

  it("runs CommonJS and TypeScript", async () => {
    expect(await runScript(`console.log(typeof require("node:path").join);`, { cwd, type: "commonjs" })).toBe(
      "function",
    );
    expect(
      await runScript(`const n: number = 2; console.log(n satisfies number);`, { cwd, type: "typescript" }),
    ).toBe("2");
  });

  it("rejects with what the script wrote to stderr when it fails, and leaves no file behind", async () => {
    await expect(runScript(`throw new Error("the example's assertion");`, { cwd })).rejects.toThrow(
      /the example's assertion/,
    );
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe("readmeExample", () => {
  const readme = "# P\n```ts\nfirst();\n```\n## Later\ntext\n```ts\nsecond();\n```\n";

  it("takes the first ts block, or the first after a heading", () => {
    expect(readmeExample(readme)).toBe("first();\n");
    expect(readmeExample(readme, "## Later")).toBe("second();\n");
  });

  it("has nothing for a heading the README lacks, rather than another section's example", () => {
    expect(readmeExample(readme, "## Gone")).toBeUndefined();
  });
});
