import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITIES } from "../src";
import { entityJsonSchema } from "../src/json-schema/json-schema";

// Run by `npm run build` after tsup: writes json-schema/<entity>.json for every entity.
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "json-schema");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const entity of ENTITIES) {
  writeFileSync(join(out, `${entity.name}.json`), `${JSON.stringify(entityJsonSchema(entity), null, 2)}\n`);
}
console.log(`json-schema: wrote ${ENTITIES.length} schemas to ${out}`);
