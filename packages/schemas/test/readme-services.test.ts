import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runScript } from "@ghorfa/testing/run-script";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

it("runs the README's services example as written, its assertions passing", async () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Services, holidays and working days"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("addWorkingDays");
  await runScript(example ?? "", { cwd: root, type: "typescript", conditions: ["@ghorfa/source"] });
});
