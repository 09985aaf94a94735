import { readFileSync } from "node:fs";

/** This package's version, as the build reads it for the JSON Schema files' `$id`s. */
export const PACKAGE_VERSION: string = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
).version;
