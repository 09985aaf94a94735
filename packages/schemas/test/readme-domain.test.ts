import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

it("runs the README's domain rules example as written, its assertions passing", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("### Domain rules"));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain('from "@ghorfa/schemas/fixtures"');
  execFileSync(process.execPath, [tsx, "--conditions=@ghorfa/source", "-e", example ?? ""], {
    cwd: root,
    stdio: "pipe",
  });
});
