import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EtagCache } from "./etag-cache";

describe("EtagCache", () => {
  it("gives back the last ETag stored for a record", () => {
    const cache = new EtagCache(10);
    cache.set("mem_1", '"1"');
    cache.set("mem_1", '"2"');
    expect(cache.get("mem_1")).toBe('"2"');
    expect(cache.get("mem_2")).toBeUndefined();
  });

  it("forgets the record stored longest ago first, a record stored again being new", () => {
    const cache = new EtagCache(2);
    cache.set("a", '"1"');
    cache.set("b", '"1"');
    cache.set("a", '"2"');
    cache.set("c", '"1"');
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe('"2"');
    expect(cache.get("c")).toBe('"1"');
  });

  it("never holds more records than its capacity, and always the latest write", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), fc.nat())),
        (capacity, writes) => {
          const cache = new EtagCache(capacity);
          for (const [id, n] of writes) cache.set(id, `"${n}"`);
          const last = writes.at(-1);
          return cache.size <= capacity && (last === undefined || cache.get(last[0]) === `"${last[1]}"`);
        },
      ),
    );
  });

  it("stores nothing with a capacity of zero", () => {
    const cache = new EtagCache(0);
    cache.set("a", '"1"');
    expect(cache.size).toBe(0);
  });
});
