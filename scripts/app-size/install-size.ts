import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Pack {
  /** The tarball's bytes, as the registry serves it. */
  packed: number;
  /** The bytes it takes on disk once unpacked. */
  unpacked: number;
  files: number;
}

export interface InstallSize {
  name: string;
  /** The package alone. */
  own: Pack;
  /** With every package `npm install <name> zod` adds: its dependencies and peers, each once. */
  withDependencies: Pack;
}

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/**
 * What `npm pack` publishes of each workspace, without writing a tarball, and the same summed over
 * what installing it brings (third-party packages as this repository has them installed).
 */
export function installSizes(workspaces: readonly string[], repo: string): InstallSize[] {
  const dirs = new Map<string, string>();
  for (const workspace of workspaces) dirs.set(manifestOf(join(repo, workspace)).name, workspace);
  const closure = (name: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(name)) return seen;
    seen.add(name);
    const dir = dirs.get(name) ?? join("node_modules", name);
    dirs.set(name, dir);
    const manifest = manifestOf(join(repo, dir));
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }))
      closure(dependency, seen);
    return seen;
  };
  const closures = new Map(
    workspaces.map((workspace) => [workspace, closure(manifestOf(join(repo, workspace)).name)]),
  );
  const out = execFileSync(
    "npm",
    ["pack", "--dry-run", "--json", "--ignore-scripts", ...[...dirs.values()].map((dir) => `./${dir}`)],
    {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  const packs = new Map<string, Pack>(
    (JSON.parse(out) as { name: string; size: number; unpackedSize: number; entryCount: number }[]).map(
      (pack) => [pack.name, { packed: pack.size, unpacked: pack.unpackedSize, files: pack.entryCount }],
    ),
  );
  const packOf = (name: string): Pack => {
    const pack = packs.get(name);
    if (!pack) throw new Error(`npm pack gave nothing for ${name}`);
    return pack;
  };
  return workspaces.map((workspace) => {
    const names = [...(closures.get(workspace) ?? [])];
    const [name = workspace] = names;
    return {
      name,
      own: packOf(name),
      withDependencies: names.map(packOf).reduce((sum, pack) => ({
        packed: sum.packed + pack.packed,
        unpacked: sum.unpacked + pack.unpacked,
        files: sum.files + pack.files,
      })),
    };
  });
}
