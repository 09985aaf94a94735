import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runScript } from "@ghorfa/testing/run-script";
import { expect, it } from "vitest";

// events (issue 13): the README's events section has its own example, run as written.
const root = fileURLToPath(new URL("..", import.meta.url));

it("runs the README's events example as written, its assertions passing", async () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Events and registrations"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("placeRegistration");
  await runScript(example ?? "", { cwd: root, type: "typescript", conditions: ["@ghorfa/source"] });
});
