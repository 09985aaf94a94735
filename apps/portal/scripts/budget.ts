import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// The dashboard's first render in JavaScript, as the built portal's manifest says Vite split it:
// the entry chunk and what it imports statically, the chunks of the pages the dashboard renders
// at first (HomePage, which picks the dashboard for staff, and DashboardPage) with theirs, and the
// Arabic catalog the portal loads before its first render (Arabic is the default). Each file
// gzipped at level 9 on its own, as a server sends it, summed against the budget. `npm run size`.

/** Gzipped KB (1,024 B) the dashboard may load before its figures show. */
export const BUDGET_KB = 150;

/** The pages the dashboard's first render loads, as the manifest names their sources. */
export const FIRST_RENDER_PAGES = ["src/pages/home/HomePage.tsx", "src/pages/dashboard/DashboardPage.tsx"];

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Why a chunk is loaded, and its file. */
export interface Loaded {
  key: string;
  file: string;
  why: string;
}

/** The chunks the dashboard's first render loads, each once, in the order they are reached. */
export function dashboardChunks(manifest: Manifest): Loaded[] {
  const loaded = new Map<string, Loaded>();
  const visit = (key: string, why: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    if (loaded.has(key)) return;
    loaded.set(key, { key, file: chunk.file, why });
    for (const imported of chunk.imports ?? []) visit(imported, `imported by ${chunk.src ?? key}`);
  };
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`);
  for (const [key] of entries) visit(key, "entry");
  for (const page of FIRST_RENDER_PAGES) visit(page, "first render");
  const catalog = Object.keys(manifest).find((key) => /\/catalogs\/ar-MA\.([cm]?js|ts)$/.test(key));
  if (!catalog) throw new Error("the manifest has no ar-MA catalog chunk");
  visit(catalog, "default locale's catalog");
  return [...loaded.values()];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(2);

function main() {
  const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
  const manifestFile = join(dist, ".vite", "manifest.json");
  if (!existsSync(manifestFile)) {
    console.error(
      `${manifestFile} is missing: build the portal first (npx turbo run build --filter=@ghorfa/portal)`,
    );
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const rows = dashboardChunks(manifest).map((chunk) => {
    const code = readFileSync(join(dist, chunk.file));
    return { ...chunk, bytes: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  });
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log("The portal's dashboard: JavaScript of its first render (gzip level 9, each file apart)\n");
  for (const row of rows)
    console.log(
      `  ${row.file.padEnd(width)}  ${kb(row.gzipped).padStart(7)} KB gzip  ${kb(row.bytes).padStart(8)} KB min  ${row.why}`,
    );
  const total = rows.reduce((sum, row) => sum + row.gzipped, 0);
  const verdict = total <= BUDGET_KB * 1024 ? "within" : "OVER";
  console.log(`\n  total ${kb(total)} KB gzip: ${verdict} its budget of ${BUDGET_KB} KB`);
  if (total > BUDGET_KB * 1024) {
    console.error(`FAIL the dashboard's first render loads ${kb(total)} KB gzipped, over ${BUDGET_KB} KB`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
