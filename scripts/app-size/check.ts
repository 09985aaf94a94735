import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import budgets from "./budgets.json" with { type: "json" };
import { type AppBuild, buildApp, type Size } from "./build-app";
import { installSizes } from "./install-size";
import { NOT_IN_CLIENT } from "./not-in-client";

// The apps in apps/ built as an adopter's `vite build` builds them, against the packages' `dist`
// (`npm run size` builds them first): their sizes against budgets.json, what must never reach a
// client (not-in-client.ts), and what each published package weighs to install.

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../..");
const PACKAGES = ["packages/schemas", "packages/i18n", "packages/contract", "packages/sdk"];

interface Budget {
  /** Gzipped KB up front. */
  initial: number;
  /** Gzipped KB of every lazy chunk. */
  lazy?: number;
  why: string;
}
const BUDGETS: Record<string, Budget> = Object.fromEntries(
  Object.entries(budgets).filter(([name]) => name !== "$comment"),
) as Record<string, Budget>;

const kb = (bytes: number) => (bytes / 1024).toFixed(2);
const failures: string[] = [];

/** A plain-text table, columns padded, numbers right-aligned. */
function table(rows: Record<string, string>[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const width = (column: string) => Math.max(column.length, ...rows.map((row) => (row[column] ?? "").length));
  const cell = (column: string, text: string) =>
    /^[\d.,-]+$/.test(text) ? text.padStart(width(column)) : text.padEnd(width(column));
  const line = (cells: string[]) => cells.join("  ").trimEnd();
  return [
    line(columns.map((column) => cell(column, column))),
    line(columns.map((column) => "-".repeat(width(column)))),
    ...rows.map((row) => line(columns.map((column) => cell(column, row[column] ?? "")))),
  ].join("\n");
}

for (const holder of new Set(NOT_IN_CLIENT.flatMap((unwanted) => unwanted.text?.holder ?? []))) {
  if (!existsSync(join(repo, holder))) {
    console.error(
      `${holder} is missing: build the packages first (npx turbo run build --filter=./packages/*)`,
    );
    process.exit(1);
  }
}
for (const { what, text } of NOT_IN_CLIENT) {
  if (text && !readFileSync(join(repo, text.holder), "utf8").includes(text.marker))
    failures.push(
      `not-in-client.ts: "${text.marker}" (${what}) is no longer in ${text.holder}: pick another`,
    );
}

const apps = readdirSync(join(here, "apps"));
for (const name of Object.keys(BUDGETS))
  if (!apps.includes(name)) failures.push(`budgets.json: no app ${name}`);

const rows: Record<string, string>[] = [];
const row = (name: string, loads: string, size: Size, budget: number | undefined, top: string) => ({
  app: name,
  loads,
  "KB gzip": kb(size.gzipped),
  budget: budget?.toFixed(2) ?? "-",
  "KB brotli": kb(size.brotli),
  "KB min": kb(size.bytes),
  "largest inputs (KB before minifying)": top,
});

for (const name of apps) {
  const budget = BUDGETS[name];
  if (!budget) {
    failures.push(`apps/${name} has no budget in budgets.json`);
    continue;
  }
  const app: AppBuild = await buildApp(join(here, "apps", name), repo);
  const top = (lazy: boolean) =>
    app.inputs
      .filter((input) => input.lazy === lazy)
      .slice(0, 3)
      .map((input) => `${input.id} ${kb(input.bytes)}`)
      .join(", ");
  rows.push(row(name, "up front", app.initial, budget.initial, top(false)));
  if (app.initial.gzipped > budget.initial * 1024)
    failures.push(`${name}: ${kb(app.initial.gzipped)} KB gzipped up front, over its ${budget.initial} KB`);
  if (app.lazy.bytes > 0 || budget.lazy !== undefined) {
    const chunks = app.lazy.chunks === 1 ? "1 chunk" : `${app.lazy.chunks} chunks`;
    rows.push(row(name, `lazily, ${chunks}`, app.lazy, budget.lazy, top(true)));
    if (budget.lazy !== undefined && app.lazy.gzipped > budget.lazy * 1024)
      failures.push(`${name}: ${kb(app.lazy.gzipped)} KB gzipped in lazy chunks, over its ${budget.lazy} KB`);
  }
  for (const unwanted of NOT_IN_CLIENT) {
    if (unwanted.apps && !unwanted.apps.includes(name)) continue;
    const modules = app.inputs
      .filter((input) => unwanted.module?.test(input.id) && !(unwanted.lazyOnly && input.lazy))
      .map((input) => input.id);
    const code = unwanted.lazyOnly ? app.code.initial : `${app.code.initial}\n${app.code.lazy}`;
    if (modules.length > 0 || (unwanted.text && code.includes(unwanted.text.marker)))
      failures.push(
        `${name}: carries ${unwanted.what}${unwanted.lazyOnly ? " up front" : ""} ${modules.slice(0, 3).join(", ")}${modules.length > 3 ? "…" : ""}`.trimEnd(),
      );
  }
}

console.log(
  "Apps built by Vite for production; each file compressed apart, summed; budgets in budgets.json\n",
);
console.log(table(rows));
console.log("\nInstall sizes: what npm pack publishes; with what `npm install <package> zod` adds\n");
console.log(
  table(
    installSizes(PACKAGES, repo).map((pack) => ({
      package: pack.name,
      "KB packed": kb(pack.own.packed),
      "KB unpacked": kb(pack.own.unpacked),
      files: String(pack.own.files),
      "+ deps: KB packed": kb(pack.withDependencies.packed),
      "+ deps: KB unpacked": kb(pack.withDependencies.unpacked),
      "+ deps: files": String(pack.withDependencies.files),
    })),
  ),
);
for (const failure of failures) console.error(`FAIL ${failure}`);
if (failures.length > 0) process.exitCode = 1;
