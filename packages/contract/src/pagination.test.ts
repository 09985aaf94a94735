import { fixtureId, issueCodeOf, MemberStatus } from "@ghorfa/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { openapi } from "./openapi/document";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, Page, PageQuery } from "./pagination";
import { routeList } from "./routes";

describe("pagination", () => {
  it("reads the limit from query-string text and defaults it", () => {
    expect(PageQuery.parse({ limit: "20" })).toEqual({ limit: 20 });
    expect(PageQuery.parse({})).toEqual({ limit: PAGE_LIMIT_DEFAULT });
    const cursor = encodeCursor(fixtureId("member", "ma-09", 1));
    expect(PageQuery.parse({ limit: 7, cursor })).toEqual({ limit: 7, cursor });
    // "bWVt" is the cursor of "mem", which no list ever ends with.
    expect(PageQuery.safeParse({ limit: 7, cursor: "bWVt" }).success).toBe(false);
  });

  it("refuses a limit outside 1 to the documented maximum", () => {
    for (const limit of ["0", String(PAGE_LIMIT_MAX + 1), "2.5", "ten", -1]) {
      expect(PageQuery.safeParse({ limit }).success).toBe(false);
    }
    expect(PageQuery.safeParse({ limit: String(PAGE_LIMIT_MAX) }).success).toBe(true);
  });

  it("takes exactly the integers from 1 to PAGE_LIMIT_MAX, as numbers or as query-string text", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.boolean(), (limit, asText) => {
        const parsed = PageQuery.safeParse({ limit: asText ? String(limit) : limit });
        expect(parsed.success).toBe(limit >= 1 && limit <= PAGE_LIMIT_MAX);
        if (parsed.success) expect(parsed.data.limit).toBe(limit);
      }),
    );
  });

  it("refuses a cursor no page gave, at the cursor's place in the query of every list", () => {
    for (const route of routeList.filter((r) => r.paginated)) {
      const parsed = route.query?.safeParse({ cursor: "_w" });
      expect(parsed?.success, route.key).toBe(false);
      const issue = parsed?.error?.issues.find((i) => i.path[0] === "cursor");
      expect(issue && issueCodeOf(issue), route.key).toBe("invalid_cursor");
    }
  });

  it("documents its bounds in the OpenAPI document, on every paginated operation", () => {
    const doc = openapi();
    for (const route of routeList.filter((r) => r.paginated)) {
      const op = doc.paths[route.path]?.get as { parameters: Record<string, unknown>[] };
      const limit = op.parameters.find((p) => p.name === "limit") as {
        schema: Record<string, unknown>;
        description: string;
      };
      expect(limit.schema).toMatchObject({ type: "integer", minimum: 1, maximum: PAGE_LIMIT_MAX });
      expect(limit.schema.default).toBe(PAGE_LIMIT_DEFAULT);
      expect(limit.description).toContain(String(PAGE_LIMIT_MAX));
      expect(op.parameters.some((p) => p.name === "cursor" && p.required === false)).toBe(true);
    }
    expect(doc.info.description).toContain(`1 to ${PAGE_LIMIT_MAX}`);
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
