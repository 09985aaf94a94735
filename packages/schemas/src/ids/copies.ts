import { chamberOfId } from "./owned-by";

// Merging the copies several nodes serve of the same records, by their global ids alone: no zod
// here, so the SDK's federation reaches it through `@ghorfa/schemas/ids` without the schemas.

/** A record as nodes serve it: a global id and, for the fallback, when it last changed. */
export interface CopyableRecord {
  readonly id: string;
  readonly updatedAt?: string | undefined;
}

/** Where a copy came from: the chamber whose list served it, and the node (any name for the source). */
export interface CopySource {
  readonly chamberId?: string | undefined;
  readonly node?: string | undefined;
}

/** One copy of a record, and where it came from. */
export interface RecordCopy<T extends CopyableRecord> extends CopySource {
  readonly item: T;
}

/** The copies of one node's list (or any list), and where they came from. */
export interface CopyList<T extends CopyableRecord> extends CopySource {
  readonly items: readonly T[];
}

const text = (a = "", b = ""): number => (a < b ? -1 : a > b ? 1 : 0);
const time = (copy: RecordCopy<CopyableRecord>): number => Date.parse(copy.item.updatedAt ?? "") || 0;

/**
 * Which of two copies of the same record the federation keeps: negative when `a`, positive when
 * `b`. Every party chamber's node may serve an agreement, but the chamber in its id recorded it,
 * so that chamber's copy is the reference (and its `published` is the recorder's own choice, as
 * each party chamber keeps its own). Without it, the most recently updated copy, then the
 * smallest chamber id and node name: a choice that never depends on which answer came first.
 * `version` (the ETag) is not compared: each node counts its own.
 */
export function compareCopies<T extends CopyableRecord>(a: RecordCopy<T>, b: RecordCopy<T>): number {
  const recorder = chamberOfId(a.item.id);
  return (
    +(b.chamberId === recorder) - +(a.chamberId === recorder) ||
    time(b) - time(a) ||
    text(a.chamberId, b.chamberId) ||
    text(a.node, b.node)
  );
}

/**
 * Lists of several nodes as one: each id once, in its copy that `compareCopies` keeps, in id
 * order (the order every node's list has: by kind, recording chamber, then creation).
 */
export function mergeCopies<T extends CopyableRecord>(lists: readonly CopyList<T>[]): T[] {
  const byId = new Map<string, RecordCopy<T>>();
  for (const { items, ...source } of lists) {
    for (const item of items) {
      const copy = { ...source, item };
      const known = byId.get(item.id);
      if (!known || compareCopies(copy, known) < 0) byId.set(item.id, copy);
    }
  }
  return [...byId.values()].map((copy) => copy.item).sort((a, b) => text(a.id, b.id));
}
