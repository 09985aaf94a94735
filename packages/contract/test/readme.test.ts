import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runScript } from "@ghorfa/testing/run-script";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

it("runs the README example as written, its assertions passing", async () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toContain('from "@ghorfa/contract"');
  // Run on the tests\' runtime from the package folder, where `@ghorfa/contract` resolves to its source; a
  // failed assertion exits non-zero and makes runScript reject.
  await runScript(example ?? "", { cwd: root, type: "typescript", conditions: ["@ghorfa/source"] });
});

// labels (issue 13)
it("runs the README's quality label example, its assertions passing", async () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Quality labels"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("labels.verify");
  await runScript(example ?? "", { cwd: root, type: "typescript", conditions: ["@ghorfa/source"] });
});
