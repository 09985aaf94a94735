import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The first folder, from `start` upwards, for which `holds(folder)` is true. */
function findUp(start: string, holds: (folder: string) => boolean): string | undefined {
  let folder = resolve(start);
  for (;;) {
    if (holds(folder)) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The committed migrations. Found by walking up from this module rather than by a fixed
 * relative path, so it holds whether the code runs from `src/db` or from a bundle in `dist`.
 */
export function migrationsFolder(): string {
  const app = findUp(here, (folder) => existsSync(join(folder, "drizzle", "meta", "_journal.json")));
  if (!app) throw new Error(`No drizzle/meta/_journal.json above ${here}`);
  return join(app, "drizzle");
}

/** `.ghorfa/` at the repository root (the folder with `turbo.json`), else in the working folder. */
export function defaultDataDir(): string {
  const root = findUp(here, (folder) => existsSync(join(folder, "turbo.json")));
  return join(root ?? process.cwd(), ".ghorfa");
}
