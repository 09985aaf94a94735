// Run after tsup, in a package folder: tsup writes the declarations once, for CommonJS
// (`dist/**/*.d.cts`); each `.d.ts` beside them re-exports its `.d.cts`. An ESM file may import a
// CommonJS one (never the reverse), so both conditions read the same declarations: an adopter's
// compiler loads them once, and a type reached through `import` and through `require` is one type.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function visit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) visit(path);
    else if (entry.name.endsWith(".d.cts")) {
      const base = entry.name.slice(0, -".d.cts".length);
      writeFileSync(join(dir, `${base}.d.ts`), `export * from "./${base}.cjs";\n`);
    }
  }
}
visit("dist");
