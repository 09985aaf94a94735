import { execFileSync } from "node:child_process";

export interface InstallSize {
  name: string;
  /** The tarball's bytes, as the registry serves it. */
  packed: number;
  /** The bytes it takes on disk once unpacked. */
  unpacked: number;
  files: number;
}

/** What `npm pack` would publish of each workspace, without writing a tarball. */
export function installSizes(workspaces: readonly string[], repo: string): InstallSize[] {
  const out = execFileSync(
    "npm",
    ["pack", "--dry-run", "--json", "--ignore-scripts", ...workspaces.flatMap((w) => ["-w", w])],
    { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  const packs = JSON.parse(out) as { name: string; size: number; unpackedSize: number; entryCount: number }[];
  return packs.map((pack) => ({
    name: pack.name,
    packed: pack.size,
    unpacked: pack.unpackedSize,
    files: pack.entryCount,
  }));
}
