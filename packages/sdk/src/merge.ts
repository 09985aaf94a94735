// The zod-free entry, not the main one: an app loads the SDK with its first page, and the main
// entry is one module that would bring zod and every schema the app uses anywhere with it.
import {
  type CopyableRecord,
  type CopySource,
  compareCopies,
  parseId,
  type RecordCopy,
} from "@ghorfa/schemas/ids";

/**
 * Orders global ids by creation time across chambers: by their ULID (time first, then random
 * bits), then by the whole id. Ids that are not Ghorfa ids come last, in string order.
 */
export function compareIds(a: string, b: string): number {
  const ua = parseId(a)?.ulid;
  const ub = parseId(b)?.ulid;
  if (ua !== ub) {
    if (ua === undefined) return 1;
    if (ub === undefined) return -1;
    return ua < ub ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One chamber's list on one node, read as the caller goes. */
export interface CopyStream<T extends CopyableRecord> extends CopySource {
  readonly items: AsyncIterator<T>;
}

/**
 * Merges streams that are each in id order (the order of every node's list) into one stream in
 * id order, each id once: of the copies of an id, the one `compareCopies` keeps, as a merged
 * list would (`mergeCopies`). As the streams share one order, every copy of an id is at the
 * head of its stream at once. Pulls one item ahead from every stream, so all of them run at
 * once. A stream that throws is handed to `onError` and dropped; the others go on.
 */
export async function* mergeStreams<T extends CopyableRecord>(
  streams: readonly CopyStream<T>[],
  onError: (index: number, error: unknown) => void,
): AsyncGenerator<T, void, undefined> {
  const heads: (RecordCopy<T> | undefined)[] = [];
  const advance = async (index: number) => {
    const { items, ...source } = streams[index] as CopyStream<T>;
    heads[index] = undefined;
    try {
      const next = await items.next();
      if (!next.done) heads[index] = { ...source, item: next.value };
    } catch (error) {
      onError(index, error);
    }
  };
  await Promise.all(streams.map((_, index) => advance(index)));
  // A node whose list breaks the order could send an id again: it still comes out once.
  const seen = new Set<string>();
  for (;;) {
    let best: RecordCopy<T> | undefined;
    let from: number[] = [];
    for (let index = 0; index < heads.length; index++) {
      const head = heads[index];
      if (head === undefined) continue;
      const id = head.item.id;
      const order = best === undefined || id < best.item.id ? -1 : id > best.item.id ? 1 : 0;
      if (order > 0) continue;
      if (order < 0) from = [];
      from.push(index);
      if (order < 0 || compareCopies(head, best as RecordCopy<T>) < 0) best = head;
    }
    if (best === undefined) return;
    await Promise.all(from.map(advance));
    const { item } = best;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    yield item;
  }
}
