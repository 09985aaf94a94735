import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { readmeExample, runScript } from "@ghorfa/testing/run-script";
import { afterAll, beforeAll, expect, it } from "vitest";

// The README's TypeScript example runs as written, on the package's source, against a real node:
// only the node's address is replaced, and the keys come from the environment as the README says.

const root = fileURLToPath(new URL("..", import.meta.url));
let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(() => node?.close());

it("runs the README's example, which finds the reference node conformant", async () => {
  const readme = await readFile(`${root}/README.md`, "utf8");
  const example = readmeExample(readme, "## From TypeScript");
  expect(example).toContain("runConformance");
  const printed = await runScript(
    (example as string).replaceAll('"http://localhost:8080"', JSON.stringify(node.url)),
    {
      cwd: root,
      type: "typescript",
      conditions: ["@ghorfa/source"],
      env: { GHORFA_KEY: await node.key("ma-09"), GHORFA_ADMIN_KEY: node.operatorKey },
    },
  );
  expect(printed).toContain("Verdict: conformant");
  expect(printed).toMatch(/run ghc-[a-z0-9]{10}/);
});
