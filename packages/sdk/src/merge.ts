import { parseId } from "@ghorfa/schemas";

/** Something with a global id (`agr_ma-09_<ulid>`). */
export interface Identified {
  readonly id: string;
}

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

/**
 * One list from many: each id once, ordered by id time. When two nodes hold the same record
 * (an agreement between two chambers), the copy from the chamber that owns the id wins: it is
 * the authoritative one.
 */
export function mergeById<T extends Identified>(
  sources: readonly { chamberId?: string; items: readonly T[] }[],
): T[] {
  const byId = new Map<string, { item: T; isOwner: boolean }>();
  for (const source of sources) {
    for (const item of source.items) {
      const isOwner = source.chamberId !== undefined && parseId(item.id)?.chamberId === source.chamberId;
      const seen = byId.get(item.id);
      if (seen === undefined || (isOwner && !seen.isOwner)) byId.set(item.id, { item, isOwner });
    }
  }
  return [...byId.values()].map((entry) => entry.item).sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Merges streams that are each in id order into one stream in id order, each id once (the
 * first copy to come up wins). Pulls one item ahead from every stream, so all of them run at
 * once. A stream that throws is handed to `onError` and dropped; the others go on.
 */
export async function* mergeStreams<T extends Identified>(
  streams: readonly AsyncIterator<T>[],
  onError: (index: number, error: unknown) => void,
): AsyncGenerator<T, void, undefined> {
  const heads: ({ item: T } | undefined)[] = new Array(streams.length);
  const advance = async (index: number) => {
    try {
      const next = await (streams[index] as AsyncIterator<T>).next();
      heads[index] = next.done ? undefined : { item: next.value };
    } catch (error) {
      heads[index] = undefined;
      onError(index, error);
    }
  };
  await Promise.all(streams.map((_, index) => advance(index)));
  const seen = new Set<string>();
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head === undefined) continue;
      const current = heads[best];
      if (best === -1 || (current !== undefined && compareIds(head.item.id, current.item.id) < 0)) best = i;
    }
    if (best === -1) return;
    const { item } = heads[best] as { item: T };
    await advance(best);
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    yield item;
  }
}
