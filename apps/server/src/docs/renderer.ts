import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The docs renderer's script, vendored from node_modules (RapiDoc's standalone bundle), read once. */
let script: Buffer | undefined;

export function rendererScript(): Buffer {
  if (!script) {
    const require = createRequire(import.meta.url);
    script = readFileSync(require.resolve("rapidoc/dist/rapidoc-min.js"));
  }
  return script;
}

export const RENDERER_PATH = "/docs/rapidoc.js";
