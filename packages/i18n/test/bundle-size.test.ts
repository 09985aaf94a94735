import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

// The size budget, measured on the built package (`npm test` builds it first, see turbo.json).
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUDGET_FOLD_SUBPATH = 512; // bytes, gzipped: @ghorfa/i18n/fold
const BUDGET_FOLD_FROM_INDEX = 1024; // bytes, gzipped: { fold } from @ghorfa/i18n
// intl-messageformat 12.1.5 bundles to 9.9 kB gzipped and messageformat 4.0.0 to 7.7 kB (README).
const BUDGET_MESSAGE_RUNTIME = 2304; // bytes, gzipped: formatMessage, its parser and its zgh numbers

// What would betray a catalog or the message runtime in a bundle.
const CATALOG_MARKERS = [
  "Ressource introuvable",
  "المورد غير موجود",
  "Not found",
  "ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ",
  "problem.not-found",
];
const RUNTIME_MARKERS = ["MessageSyntaxError", "message_syntax", "missing_value", "PluralRules", "catalogs/"];

interface Bundle {
  files: { path: string; text: string; gzip: number }[];
  inputs: string[];
}

async function bundle(contents: string, splitting = false): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    charset: "utf8",
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    splitting,
    outdir: join(root, ".bundle-size"),
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const outputs = (result.metafile as Metafile).outputs;
  return {
    files: result.outputFiles.map((file) => ({
      path: file.path,
      text: file.text,
      gzip: gzipSync(file.text).length,
    })),
    inputs: Object.values(outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  };
}

beforeAll(() => {
  if (!existsSync(join(root, "dist/index.js")))
    throw new Error("Build @ghorfa/i18n first: npm run build -w @ghorfa/i18n");
});

describe("size budget", () => {
  it("keeps @ghorfa/i18n/fold free of catalogs and of the message runtime", async () => {
    const { files, inputs } = await bundle(
      `import { fold, matches } from "@ghorfa/i18n/fold"; console.log(fold, matches);`,
    );
    const [file] = files;
    for (const marker of [...CATALOG_MARKERS, ...RUNTIME_MARKERS]) expect(file?.text).not.toContain(marker);
    expect(inputs.filter((input) => input.includes("catalogs/"))).toEqual([]);
    console.log(`@ghorfa/i18n/fold: ${file?.text.length} B minified, ${file?.gzip} B gzipped`);
    expect(file?.gzip).toBeLessThanOrEqual(BUDGET_FOLD_SUBPATH);
  });

  it("keeps { fold } from @ghorfa/i18n free of catalogs and of the message runtime", async () => {
    const { files, inputs } = await bundle(`import { fold } from "@ghorfa/i18n"; console.log(fold);`);
    const [file] = files;
    for (const marker of [...CATALOG_MARKERS, ...RUNTIME_MARKERS]) expect(file?.text).not.toContain(marker);
    expect(inputs.filter((input) => input.includes("catalogs/"))).toEqual([]);
    console.log(`{ fold } from @ghorfa/i18n: ${file?.text.length} B minified, ${file?.gzip} B gzipped`);
    expect(file?.gzip).toBeLessThanOrEqual(BUDGET_FOLD_FROM_INDEX);
  });

  it("puts each locale's catalog in a chunk of its own", async () => {
    const { files } = await bundle(
      `import { loadCatalog, t } from "@ghorfa/i18n"; console.log(loadCatalog, t);`,
      true,
    );
    const titles = {
      "fr-MA": "Ressource introuvable",
      "ar-MA": "المورد غير موجود",
      en: "Not found",
      zgh: "ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ",
    };
    const entry = files.find((file) => file.path.endsWith("stdin.js"));
    expect(entry).toBeDefined();
    const sizes: Record<string, string> = {
      "entry: t, loadCatalog, message runtime": `${entry?.gzip} B gzipped`,
    };
    for (const [locale, title] of Object.entries(titles)) {
      const holders = files.filter((file) => file.text.includes(title));
      expect(
        holders.map((file) => file.path),
        locale,
      ).toHaveLength(1);
      const [chunk] = holders;
      expect(chunk).not.toBe(entry);
      for (const [other, otherTitle] of Object.entries(titles)) {
        if (other !== locale) expect(chunk?.text, `${locale} chunk holds ${other}`).not.toContain(otherTitle);
      }
      sizes[`catalog ${locale}`] = `${chunk?.gzip} B gzipped`;
    }
    console.table(sizes);
  });

  it("keeps the message runtime far below the MessageFormat libraries it replaces", async () => {
    // Measured from source, as the libraries were: the parser, the formatter, plural rules, isolate.
    const { files } = await bundle(
      `import { formatMessage } from "./src/message-format"; console.log(formatMessage);`,
    );
    const [file] = files;
    for (const marker of CATALOG_MARKERS) expect(file?.text).not.toContain(marker);
    console.log(`formatMessage alone: ${file?.text.length} B minified, ${file?.gzip} B gzipped`);
    expect(file?.gzip).toBeLessThanOrEqual(BUDGET_MESSAGE_RUNTIME);
  });

  it("keeps sideEffects: false, so bundlers may drop what is not imported", async () => {
    const { default: manifest } = await import("../package.json", { with: { type: "json" } });
    expect(manifest.sideEffects).toBe(false);
  });
});
