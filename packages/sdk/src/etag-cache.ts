/**
 * The last ETag seen for each record, so `update` can send If-Match without the caller
 * carrying it. Bounded: the record stored longest ago is forgotten first (a Map keeps insertion
 * order, and a record stored again moves to the end). Every answer that carries a record's ETag
 * stores it again, so the records a client keeps reading or changing are the ones it keeps.
 */
export class EtagCache extends Map<string, string> {
  #capacity: number;

  constructor(capacity = 1000) {
    super();
    this.#capacity = capacity;
  }

  override set(id: string, etag: string): this {
    this.delete(id);
    super.set(id, etag);
    // One record in, at most one out: the oldest, first in the Map's order.
    if (this.size > this.#capacity) this.delete(this.keys().next().value as string);
    return this;
  }
}
