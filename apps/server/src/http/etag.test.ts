import { describe, expect, it } from "vitest";
import { etagOf, matchesNoneMatch, versionOfTag } from "./etag";

describe("ETags", () => {
  it("tags a record's full view by its version and its public view apart", () => {
    expect(etagOf(3, "full", "{}")).toBe('"3"');
    expect(etagOf(3, "public", "{}")).toBe('"3-public"');
  });

  it("tags a representation without a version by its bytes", () => {
    expect(etagOf(undefined, "full", '{"a":1}')).toBe(etagOf(undefined, "full", '{"a":1}'));
    expect(etagOf(undefined, "full", '{"a":1}')).not.toBe(etagOf(undefined, "full", '{"a":2}'));
  });

  it("reads a version back from If-Match, and nothing from a tag it never sent for a record", () => {
    expect(versionOfTag('"12"')).toBe(12);
    expect(versionOfTag('"12-public"')).toBeNaN();
    expect(versionOfTag('W/"12"')).toBeNaN();
  });

  it("matches If-None-Match lists, weak tags and *", () => {
    expect(matchesNoneMatch('"1", W/"3"', '"3"')).toBe(true);
    expect(matchesNoneMatch("*", '"3"')).toBe(true);
    expect(matchesNoneMatch('"2"', '"3"')).toBe(false);
    expect(matchesNoneMatch(undefined, '"3"')).toBe(false);
  });
});
