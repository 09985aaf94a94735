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

/** Whether a pending changeset bumps `pkg` as major (the README of .changeset is not one). */
export function hasMajorChangeset(files: readonly ChangesetFile[], pkg = "@ghorfa/contract"): boolean {
  return files.some(
    (file) => file.name.endsWith(".md") && file.name !== "README.md" && bumpOf(file.text, pkg) === "major",
  );
}
