import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = join(dirname(fileURLToPath(import.meta.url)), "..");

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name), pattern)
      : pattern.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

// Physical sides in CSS would lay a page out the same way in Arabic and in French.
const PHYSICAL = [
  /\b(margin|padding|border|inset)-(left|right)\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];

describe("logical CSS only", () => {
  it.each(files(src, /\.(css|tsx)$/).map((file) => [file.slice(src.length + 1), file]))(
    "%s names no physical side",
    (_, file) => {
      const text = readFileSync(file, "utf8");
      for (const pattern of PHYSICAL) expect(text).not.toMatch(pattern);
    },
  );
});
