import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runScript } from "@ghorfa/testing/run-script";
import { beforeAll, describe, expect, it } from "vitest";

// The published files, as users get them: ESM and CJS, each loading its catalogs on demand.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

beforeAll(() => {
  if (!existsSync(join(root, "dist/index.cjs")))
    throw new Error("Build @ghorfa/i18n first: npm run build -w @ghorfa/i18n");
});

type Api = typeof import("../src/index");

describe("the built package", () => {
  it("loads a catalog and translates from the ES module build", async () => {
    const api = (await import(pathToFileURL(join(root, "dist/index.js")).href)) as Api;
    await api.loadCatalog("ar-MA");
    expect(api.t("ar-MA", "problem.not-found.title")).toBe("المورد غير موجود");
    expect(api.formatMoney({ amount: 17_000_000 }, "ar-MA", { style: "document" })).toBe(
      "170.000,00\u00a0درهم",
    );
  });

  it("loads a catalog and translates from the CommonJS build", async () => {
    // A process of its own: vitest's workers would resolve @ghorfa/schemas, which the build
    // requires, to its TypeScript sources.
    const script = `const api = require("./dist/index.cjs");
      api.loadCatalog("fr-MA").then(() => console.log(JSON.stringify(api.t("fr-MA", "problem.not-found.title"))));`;
    const stdout = await runScript(script, { cwd: root, type: "commonjs" });
    expect(JSON.parse(stdout)).toBe("Ressource introuvable");
  });

  it("serves a catalog as its own entry", async () => {
    const { catalog } = (await import(pathToFileURL(join(root, "dist/catalogs/zgh.js")).href)) as {
      catalog: Record<string, string>;
    };
    expect(catalog["language.zgh"]).toBe("ⵜⴰⵎⴰⵣⵉⵖⵜ");
  });
});
