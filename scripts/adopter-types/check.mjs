// What our types cost an adopter, held to budgets.json: the bytes of each package's declarations,
// and the types and instantiations an adopter's `tsc` makes for a file that uses the SDK
// (main.ts). Counts, not seconds: the check time is printed beside them, for information only.
// The same run compiles the adopter's files under the settings adopters use (strict with
// exactOptionalPropertyTypes; node10, node16 from ESM and CommonJS, bundler).
//   node scripts/adopter-types/check.mjs            builds the packages first (turbo, cached)
//   node scripts/adopter-types/check.mjs --no-build  against the dist folders as they are
// The adopter is a scratch project outside the repository whose node_modules links to the
// packages: imports resolve through their `exports` to dist, never to src (no source condition).
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const budgets = JSON.parse(readFileSync(join(here, "budgets.json"), "utf8"));
const PACKAGES = ["schemas", "i18n", "contract", "sdk"];

if (!process.argv.includes("--no-build")) {
  execFileSync("npx", ["turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const failures = [];

function declarationBytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += declarationBytes(path);
    else if (/\.d\.[cm]?ts$/.test(entry.name)) bytes += statSync(path).size;
  }
  return bytes;
}

console.log("Declarations (dist/**/*.d.ts, .d.cts), bytes:");
for (const name of PACKAGES) {
  const pkg = `@ghorfa/${name}`;
  const bytes = declarationBytes(join(root, "packages", name, "dist"));
  const budget = budgets.declarationBytes[pkg];
  const over = bytes > budget;
  if (over) failures.push(`${pkg} declarations: ${bytes} bytes, budget ${budget}`);
  console.log(
    `  ${pkg.padEnd(18)} ${String(bytes).padStart(9)}  budget ${String(budget).padStart(9)}${over ? "  OVER" : ""}`,
  );
}

const project = mkdtempSync(join(tmpdir(), "ghorfa-adopter-types-"));
try {
  mkdirSync(join(project, "node_modules/@ghorfa"), { recursive: true });
  for (const name of PACKAGES)
    symlinkSync(join(root, "packages", name), join(project, "node_modules/@ghorfa", name), "dir");
  symlinkSync(join(root, "node_modules/zod"), join(project, "node_modules/zod"), "dir");
  writeFileSync(join(project, "package.json"), JSON.stringify({ private: true, type: "module" }));
  for (const file of ["main.ts", "zod-only.ts", "options.ts", "imports.ts"])
    copyFileSync(join(here, file), join(project, file));
  // The same imports from a CommonJS file, for node16's `require` side.
  copyFileSync(join(here, "imports.ts"), join(project, "imports.cts"));

  const strict = { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], types: [] };
  const nodenext = { module: "nodenext", moduleResolution: "nodenext" };
  const cases = [
    // Measured: what the adopter's compiler pays for the SDK, against a file of its own zod only.
    {
      name: "adopter",
      file: "main.ts",
      options: { ...strict, ...nodenext, skipLibCheck: true },
      budget: budgets.adopter,
    },
    { name: "zod-only", file: "zod-only.ts", options: { ...strict, ...nodenext, skipLibCheck: true } },
    // Compiled: strict adopters, our declarations checked too.
    {
      name: "exactOptionalPropertyTypes",
      file: "options.ts",
      options: { ...strict, ...nodenext, exactOptionalPropertyTypes: true, skipLibCheck: false },
    },
    {
      name: "node10 (commonjs)",
      file: "imports.ts",
      options: {
        ...strict,
        module: "commonjs",
        moduleResolution: "node10",
        esModuleInterop: true,
        skipLibCheck: false,
      },
    },
    {
      name: "node16 from ESM",
      file: "imports.ts",
      options: { ...strict, module: "node16", moduleResolution: "node16", skipLibCheck: false },
    },
    {
      name: "node16 from CommonJS",
      file: "imports.cts",
      options: { ...strict, module: "node16", moduleResolution: "node16", skipLibCheck: false },
    },
    {
      name: "bundler",
      file: "imports.ts",
      options: { ...strict, module: "esnext", moduleResolution: "bundler", skipLibCheck: false },
    },
  ];

  const tsc = join(root, "node_modules/typescript/bin/tsc");
  console.log("\nAn adopter's tsc (TypeScript from the root devDependencies):");
  for (const { name, file, options, budget } of cases) {
    const config = `tsconfig.${name.replace(/\W+/g, "-")}.json`;
    writeFileSync(join(project, config), JSON.stringify({ compilerOptions: options, files: [file] }));
    const run = spawnSync(process.execPath, [tsc, "-p", config, "--extendedDiagnostics"], {
      cwd: project,
      encoding: "utf8",
    });
    const out = `${run.stdout}${run.stderr}`;
    const stat = (label) => out.match(new RegExp(`^${label}:\\s+(\\S+)`, "m"))?.[1] ?? "?";
    const types = Number(stat("Types"));
    const instantiations = Number(stat("Instantiations"));
    const line = `  ${name.padEnd(27)} types ${String(types).padStart(7)}  instantiations ${String(instantiations).padStart(8)}  check ${stat("Check time").padStart(6)}  memory ${stat("Memory used")}`;
    if (run.status !== 0) {
      failures.push(`${name}: ${file} does not compile`);
      console.log(`${line}  FAILS`);
      console.log(
        out
          .split("\n")
          .filter((l) => /error TS/.test(l))
          .map((l) => `    ${l}`)
          .join("\n"),
      );
      continue;
    }
    if (budget) {
      const over = [];
      if (types > budget.types) over.push(`types ${types} > ${budget.types}`);
      if (instantiations > budget.instantiations)
        over.push(`instantiations ${instantiations} > ${budget.instantiations}`);
      if (over.length > 0) failures.push(`${name}: ${over.join(", ")}`);
      console.log(
        `${line}  budget ${budget.types} / ${budget.instantiations}${over.length > 0 ? "  OVER" : ""}`,
      );
    } else console.log(line);
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(
    `\ncheck:types: ${failures.length} over budget or failing:\n${failures.map((f) => `  ${f}`).join("\n")}`,
  );
  process.exit(1);
}
console.log("\ncheck:types: every package within its budget, every adopter setting compiles");
