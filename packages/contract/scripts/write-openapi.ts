// Writes the OpenAPI document to the package root, where `@ghorfa/contract/openapi.json` points.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openapi } from "../src/index";

const target = fileURLToPath(new URL("../openapi.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(openapi(), null, 2)}\n`);
console.log(`wrote ${target}`);
