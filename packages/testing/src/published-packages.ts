import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The fields of a package.json the publishing policy reads. */
export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  type?: string;
  sideEffects?: boolean | string[];
  engines?: Record<string, string>;
  files?: string[];
  /** A command-line tool's commands (`@ghorfa/conformance`). */
  bin?: string | Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
  repository?: { type?: string; url?: string; directory?: string };
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface Workspace {
  /** The folder, relative to the repository's root: `packages/sdk`. */
  folder: string;
  manifest: PackageJson;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Every workspace under `packages/` and `apps/` that npm would publish (not `private`): `@ghorfa/cli` is an app. */
export function publishedPackages(root = repoRoot): Workspace[] {
  return ["packages", "apps"]
    .filter((folder) => existsSync(join(root, folder)))
    .flatMap((folder) =>
      readdirSync(join(root, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(root, folder, entry.name, "package.json")))
        .map((entry) => ({
          folder: `${folder}/${entry.name}`,
          manifest: readJson<PackageJson>(join(root, folder, entry.name, "package.json")),
        })),
    )
    .filter(({ manifest }) => manifest.private !== true);
}

/**
 * The `engines.node` range the root README's "Supported runtimes" table gives the client packages,
 * so that what users read and what npm enforces cannot drift apart.
 */
export function documentedClientEngines(root = repoRoot): string | undefined {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const row = readme.split("\n").find((line) => line.startsWith("| the client packages"));
  return row?.match(/`engines`: `node ([^`]+)`/)?.[1];
}

/** Export targets, depth first: `[["import", "types"], "./dist/index.d.ts"]`. */
function conditionOrders(value: unknown, path: string[] = []): [string[], string[]][] {
  if (value === null || typeof value !== "object") return [];
  const keys = Object.keys(value);
  const nested = Object.entries(value).flatMap(([key, inner]) => conditionOrders(inner, [...path, key]));
  return [[path, keys], ...nested];
}

/**
 * What a published package must hold for an adopter installing it from npm, one message per
 * breach (empty when it complies). Each rule is here once, for every package, new ones included.
 */
export function publishingBreaches({ folder, manifest }: Workspace, root = repoRoot): string[] {
  const breaches: string[] = [];
  const breach = (message: string) => breaches.push(`${manifest.name}: ${message}`);
  const files = manifest.files ?? [];
  const rootLicense = readFileSync(join(root, "LICENSE"), "utf8");

  if (manifest.license !== "MIT") breach(`license is ${manifest.license}, not MIT`);
  const license = join(root, folder, "LICENSE");
  if (!existsSync(license)) breach("has no LICENSE file");
  else if (readFileSync(license, "utf8") !== rootLicense) breach("its LICENSE differs from the root's");
  for (const file of ["LICENSE", "README.md", "CHANGELOG.md", "dist"]) {
    if (!files.includes(file)) breach(`"files" leaves out ${file}`);
  }
  if (!existsSync(join(root, folder, "README.md"))) breach("has no README.md");

  const engines = documentedClientEngines(root);
  if (engines === undefined)
    breach("the root README's runtimes table gives no engines for the client packages");
  else if (manifest.engines?.node !== engines) {
    breach(`engines.node is ${manifest.engines?.node}, the README says ${engines}`);
  }

  if (manifest.type !== "module") breach('"type" is not "module"');
  if (manifest.sideEffects !== false)
    breach('"sideEffects" is not false: bundlers would keep unused modules');

  // A library's zod is the adopter's, so that schemas compose with theirs; a tool (a package with a
  // `bin`) hands no schema to anyone, and keeps whatever it runs on to itself.
  if (manifest.bin === undefined) {
    if (manifest.dependencies?.zod !== undefined) {
      breach("zod is a dependency: it is the adopter's, a peer dependency");
    }
    if (manifest.peerDependencies?.zod === undefined) breach("zod is not a peer dependency");
  } else if (manifest.peerDependencies !== undefined) {
    breach("a tool has peer dependencies: what it runs on is its own, in dependencies");
  }

  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!name.startsWith("@ghorfa/")) continue;
    const sibling = publishedPackages(root).find((workspace) => workspace.manifest.name === name);
    if (sibling === undefined) breach(`depends on ${name}, which is not published`);
    else if (range !== `^${sibling.manifest.version}`) {
      breach(`asks ${name}@${range}, the workspace has ${sibling.manifest.version}`);
    }
  }

  // A command and nothing else (`@ghorfa/cli`: a bin, no exports) offers no module to import.
  if (manifest.bin !== undefined && manifest.exports === undefined) {
    if (manifest.repository?.directory !== folder) {
      breach(`repository.directory is ${manifest.repository?.directory}, not ${folder}`);
    }
    return breaches;
  }
  const exports = manifest.exports ?? {};
  if (!("." in exports)) breach('has no "." export');
  if (exports["./package.json"] !== "./package.json") breach('does not export "./package.json"');
  for (const [path, keys] of conditionOrders(exports)) {
    if (keys.includes("types") && keys[0] !== "types") {
      breach(`exports ${path.join(" > ")}: "types" must come first (TypeScript takes the first match)`);
    }
  }
  for (const field of ["main", "module", "types"] as const) {
    if (manifest[field] === undefined) breach(`has no top-level "${field}" (older resolvers read it)`);
  }

  if (manifest.repository?.directory !== folder) {
    breach(`repository.directory is ${manifest.repository?.directory}, not ${folder}`);
  }
  return breaches;
}

/** Each published library's zod peer range (tools aside), so that a test can say they are one. */
export function zodPeerRanges(root = repoRoot): Map<string, string | undefined> {
  return new Map(
    publishedPackages(root)
      .filter(({ manifest }) => manifest.bin === undefined)
      .map(({ manifest }) => [manifest.name, manifest.peerDependencies?.zod]),
  );
}
