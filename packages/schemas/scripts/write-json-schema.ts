import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITIES } from "../src";
import { entityJsonSchema } from "../src/json-schema/json-schema";

// Run by `npm run build` after tsup: writes json-schema/<entity>.json for every entity.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "json-schema");
// The files' `$id`s name this release: the version is the package's, read here and nowhere else.
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const entity of ENTITIES) {
  writeFileSync(
    join(out, `${entity.name}.json`),
    `${JSON.stringify(entityJsonSchema(entity, version), null, 2)}\n`,
  );
}
console.log(`json-schema: wrote ${ENTITIES.length} schemas to ${out}`);
