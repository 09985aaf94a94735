/** A changeset file: its name and its text. */
export interface ChangesetFile {
  readonly name: string;
  readonly text: string;
}

/** The bump a changeset asks for `pkg` (`major`, `minor`, `patch`), if it names it. */
export function bumpOf(text: string, pkg: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text.trimStart())?.[1];
  if (front === undefined) return undefined;
  for (const line of front.split(/\r?\n/)) {
    const match = /^\s*["']?([^"':\s]+)["']?\s*:\s*["']?(major|minor|patch|none)["']?\s*(?:#.*)?$/.exec(line);
    if (match?.[1] === pkg) return match[2];
  }
  return undefined;
}

/**
 * Whether a pending changeset makes a breaking release of `pkg`, now at `version`: a major bump;
 * before 1.0.0, a minor bump too, since semver's ranges do not take the next minor of a 0.x
 * (`^0.1.0` stops before 0.2.0) — the README of .changeset is not a changeset.
 */
export function hasBreakingChangeset(
  files: readonly ChangesetFile[],
  version: string,
  pkg = "@ghorfa/contract",
): boolean {
  const breaking = version.startsWith("0.") ? ["major", "minor"] : ["major"];
  return files.some(
    (file) =>
      file.name.endsWith(".md") &&
      file.name !== "README.md" &&
      breaking.includes(bumpOf(file.text, pkg) ?? ""),
  );
}
