import { defineConfig } from "tsup";
import { LOCALES } from "./src/locale";

// `fold` is its own entry so that search code imports nothing else; each locale's catalog is its
// own entry, which also makes it its own chunk for the dynamic import in `loadCatalog`.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    fold: "src/fold.ts",
    ...Object.fromEntries(LOCALES.map((locale) => [`catalogs/${locale}`, `src/catalogs/${locale}.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  splitting: true,
  treeshake: true,
});
