import { MemberStatus } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, Page, PageQuery } from "./pagination";

describe("pagination", () => {
  it("reads the limit from query-string text and defaults it", () => {
    expect(PageQuery.parse({ limit: "20" })).toEqual({ limit: 20 });
    expect(PageQuery.parse({})).toEqual({ limit: PAGE_LIMIT_DEFAULT });
    expect(PageQuery.parse({ limit: 7, cursor: "bWVt" })).toEqual({ limit: 7, cursor: "bWVt" });
  });

  it("refuses a limit outside 1 to the documented maximum", () => {
    for (const limit of ["0", String(PAGE_LIMIT_MAX + 1), "2.5", "ten", -1]) {
      expect(PageQuery.safeParse({ limit }).success).toBe(false);
    }
    expect(PageQuery.safeParse({ limit: String(PAGE_LIMIT_MAX) }).success).toBe(true);
  });

  it("pages items with a next cursor that is null on the last page", () => {
    const StatusPage = Page(MemberStatus);
    expect(StatusPage.parse({ items: ["active"], nextCursor: null })).toEqual({
      items: ["active"],
      nextCursor: null,
    });
    expect(StatusPage.safeParse({ items: ["active"] }).success).toBe(false);
    expect(StatusPage.safeParse({ items: ["gone"], nextCursor: null }).success).toBe(false);
  });
});
