/**
 * The last ETag seen for each record, so `update` can send If-Match without the caller
 * carrying it. Bounded: the least recently used record is forgotten first (a Map keeps
 * insertion order, and a touched entry moves to the end).
 */
export class EtagCache extends Map<string, string> {
  #capacity: number;

  constructor(capacity = 1000) {
    super();
    this.#capacity = capacity;
  }

  override get(id: string): string | undefined {
    const etag = super.get(id);
    if (etag !== undefined) this.set(id, etag);
    return etag;
  }

  override set(id: string, etag: string): this {
    this.delete(id);
    super.set(id, etag);
    // One record in, at most one out: the oldest, first in the Map's order.
    if (this.size > this.#capacity) this.delete(this.keys().next().value as string);
    return this;
  }
}
