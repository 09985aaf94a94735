import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

  // An app's bundler reads these files, not the sources: nothing the zod-free entries import,
  // chunk by chunk, may import zod (test/zod-free-entries.test.ts checks the sources).
  for (const [subpath, file] of [
    ["./issue-codes", "issue-codes"],
    ["./ids", "ids"],
    ["./enum-values", "enum-values"],
  ] as const) {
    it(`${subpath} imports no zod in any file it loads, as ESM and CommonJS`, () => {
      for (const extension of [".js", ".cjs"]) {
        const seen = new Set<string>();
        const visit = (path: string) => {
          if (seen.has(path)) return;
          seen.add(path);
          const code = readFileSync(path, "utf8");
          const specifiers = [...code.matchAll(/(?:from\s*|import\s*|require\()["']([^"']+)["']/g)].map(
            (m) => m[1] as string,
          );
          expect(
            specifiers.filter((s) => !s.startsWith(".")),
            path,
          ).toEqual([]);
          for (const s of specifiers) visit(join(dirname(path), s));
        };
        visit(join(root, "dist", `${file}${extension}`));
        expect(seen.size).toBeGreaterThan(1);
      }
    });
  }

  it("reads ids and merges copies through @ghorfa/schemas/ids, as ESM and CommonJS", async () => {
    const probe = `
      const id = s.fixtureId("agreement", "ma-09", 1);
      const merged = ids.mergeCopies([
        { chamberId: "ma-01", items: [{ id, from: "ma-01" }] },
        { chamberId: "ma-09", items: [{ id, from: "ma-09" }] },
      ]);
      console.log(JSON.stringify({ parts: ids.parseId(id), same: ids.idTime(id) === s.idTime(id), chamber: ids.chamberOfId(id), from: merged[0].from, kinds: ids.ID_KINDS === s.ID_KINDS }));
    `;
    const expected = {
      parts: { kind: "agreement", chamberId: "ma-09", ulid: expect.any(String) },
      same: true,
      chamber: "ma-09",
      from: "ma-09",
      kinds: true,
    };
    const esm = await run(
      `import * as s from "@ghorfa/schemas"; import * as ids from "@ghorfa/schemas/ids"; ${probe}`,
      "module",
    );
    expect(JSON.parse(esm)).toEqual(expected);
    const cjs = await run(
      `const s = require("@ghorfa/schemas"); const ids = require("@ghorfa/schemas/ids"); ${probe}`,
      "commonjs",
    );
    expect(JSON.parse(cjs)).toEqual(expected);
  });
});
