import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runScript } from "@ghorfa/testing/run-script";
import { describe, expect, it } from "vitest";
import { ENTITIES } from "../src/entities";
import { PACKAGE_VERSION } from "../src/testing/package-version";

// The built package, as users get it: `turbo run test` builds first (test depends on build).
// A process of the tests' runtime runs it without the @ghorfa/source condition, so these imports
// resolve to dist/.
const root = fileURLToPath(new URL("..", import.meta.url));
const run = (source: string, type: "module" | "commonjs") => runScript(source, { cwd: root, type });

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

  it("imports as ESM in this runtime", async () => {
    const out = await run(
      `import * as s from "@ghorfa/schemas"; import * as f from "@ghorfa/schemas/fixtures"; ${probe}`,
      "module",
    );
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("requires as CommonJS in this runtime", async () => {
    const out = await run(
      `const s = require("@ghorfa/schemas"); const f = require("@ghorfa/schemas/fixtures"); ${probe}`,
      "commonjs",
    );
    expect(JSON.parse(out)).toEqual(expected);
  });

  it("ships a JSON Schema for every entity under its exports path", async () => {
    const names = JSON.stringify(ENTITIES.map((e) => e.name));
    const out = await run(
      `console.log(JSON.stringify(${names}.map((n) => require("@ghorfa/schemas/json-schema/" + n + ".json").$id)))`,
      "commonjs",
    );
    expect(JSON.parse(out)).toEqual(
      ENTITIES.map(
        (e) => `https://cdn.jsdelivr.net/npm/@ghorfa/schemas@${PACKAGE_VERSION}/json-schema/${e.name}.json`,
      ),
    );
  });
});
