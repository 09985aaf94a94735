import { defineConfig } from "tsup";
import { LOCALES } from "./src/locale";

// `fold` is its own entry so that search code imports nothing else; each locale's catalog is its
// own entry, which also makes it its own chunk for the dynamic import in `loadCatalog`.
const common = {
  entry: {
    index: "src/index.ts",
    fold: "src/fold.ts",
    ...Object.fromEntries(LOCALES.map((locale) => [`catalogs/${locale}`, `src/catalogs/${locale}.ts`])),
  },
  sourcemap: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
} as const;

// Declarations are written once, for CommonJS; scripts/one-declaration.mjs makes each `.d.ts`
// re-export its `.d.cts`.
export default defineConfig([
  { ...common, format: "esm", clean: true },
  { ...common, format: "cjs", dts: true },
]);
