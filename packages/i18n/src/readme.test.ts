import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as i18n from "./index";

// Runs the README's first ```ts block: its imports become the modules below, and every line that
// ends with a comment holding a quoted string, or true/false, must evaluate to it. No-break spaces
// print as spaces in a README, so spaces are compared alike.
const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

const AsyncFunction = (async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

function program(source: string): string {
  const names = [...source.matchAll(/^import \{([^}]*)\} from "@ghorfa\/i18n";$/gm)].flatMap((m) =>
    (m[1] ?? "").split(","),
  );
  const body = source
    .replace(/^import .*$/gm, "")
    .split("\n")
    .map((line) => {
      const checked = /^(.*?);\s*\/\/ ("(?:[^"\\]|\\.)*"|true|false)/.exec(line);
      return checked ? `check(${checked[1]}, ${checked[2]});` : line;
    })
    .join("\n");
  return `const { ${names.map((name) => name.trim()).join(", ")} } = i18n;\n${body}`;
}

const same = (text: unknown) => String(text).replace(/[\u00a0\u202f]/g, " ");

describe("README", () => {
  it("runs its example and gets what the comments say", async () => {
    expect(block).toContain("@ghorfa/i18n");
    const checks: [unknown, unknown][] = [];
    const check = (actual: unknown, expected: unknown) => checks.push([actual, expected]);
    await new AsyncFunction("i18n", "z", "check", program(block))(i18n, z, check);
    expect(checks.length).toBeGreaterThanOrEqual(9);
    for (const [actual, expected] of checks) expect(same(actual)).toBe(same(expected));
  });
});
