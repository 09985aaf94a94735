import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ENTITIES } from "../src/entities";
import { PACKAGE_VERSION } from "../src/testing/package-version";

// The built package, as users get it: `turbo run test` builds first (test depends on build).
// Node runs it without the @ghorfa/source condition, so these imports resolve to dist/.
const root = fileURLToPath(new URL("..", import.meta.url));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" }).trim();

const probe = `
  const ok = s.isValidIce("001561191000066") && !s.isValidIce("001561191000067");
  const phone = s.MoroccanPhone.parse("06 61 23 45 67");
  const cents = s.parseMoney("1 234,50").amount;
  console.log(JSON.stringify({ ok, phone, cents, fixtures: typeof f }));
`;
const expected = { ok: true, phone: "+212661234567", cents: 123_450, fixtures: "object" };

describe("the built package", () => {
  it("has been built", () => {
    expect(existsSync(new URL("../dist/index.js", import.meta.url)), "run `npm run build` first").toBe(true);
  });

  it("imports as ESM in this Node", () => {
    const out = node([
      "--input-type=module",
      "-e",
      `import * as s from "@ghorfa/schemas"; import * as f from "@ghorfa/schemas/fixtures"; ${probe}`,
    ]);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("requires as CommonJS in this Node", () => {
    const out = node([
      "-e",
      `const s = require("@ghorfa/schemas"); const f = require("@ghorfa/schemas/fixtures"); ${probe}`,
    ]);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("ships a JSON Schema for every entity under its exports path", () => {
    const names = JSON.stringify(ENTITIES.map((e) => e.name));
    const out = node([
      "-e",
      `console.log(JSON.stringify(${names}.map((n) => require("@ghorfa/schemas/json-schema/" + n + ".json").$id)))`,
    ]);
    expect(JSON.parse(out)).toEqual(
      ENTITIES.map(
        (e) => `https://cdn.jsdelivr.net/npm/@ghorfa/schemas@${PACKAGE_VERSION}/json-schema/${e.name}.json`,
      ),
    );
  });
});
