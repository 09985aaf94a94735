import { encodeCursor, routes } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";

// A cursor names a place in one chamber's list: another chamber's list refuses it rather than
// reading it as a place of its own (an empty or shifted page that looks like a real one).

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const get = (url: string, authorization: string) =>
  t.app.inject({ method: "GET", url, headers: { authorization } });

/** The chamber's own lists: paths under a chamber with no other parameter, agreements aside. */
const ownLists = Object.values(routes).filter(
  (route) =>
    route.method === "GET" &&
    /^\/chambers\/\{chamberId\}\/[a-z-]+$/.test(route.path) &&
    "paginated" in route &&
    route.paginated === true &&
    // An agreement is listed by every chamber party to it, under the id its author's chamber gave.
    !route.path.endsWith("/agreements"),
);

describe("a cursor of one chamber", () => {
  it("covers the chamber's lists", () => {
    expect(ownLists.map((route) => route.path)).toContain("/chambers/{chamberId}/members");
  });

  it.each(ownLists.map((route) => [route.path, route] as const))(
    "is refused with 400 by %s of another chamber",
    async (path) => {
      const first = await get(`${path.replace("{chamberId}", "ma-09")}?limit=1`, t.keys.soussMassa);
      expect(first.statusCode).toBe(200);
      // The cursor of a page that ends at the list's first item, as the node would issue it: some
      // lists of the seed hold a single item, and so give no next cursor of their own.
      const { items } = first.json() as { items: { id: string }[] };
      expect(items.length).toBeGreaterThan(0);
      const nextCursor = encodeCursor(items[0]?.id ?? "");
      const mine = await get(
        `${path.replace("{chamberId}", "ma-09")}?limit=1&cursor=${nextCursor}`,
        t.keys.soussMassa,
      );
      expect(mine.statusCode).toBe(200);
      const elsewhere = await get(
        `${path.replace("{chamberId}", "ma-06")}?limit=1&cursor=${nextCursor}`,
        t.keys.casablanca,
      );
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(elsewhere.json()).toMatchObject({
        errors: [{ pointer: "/query/cursor", code: "invalid_cursor" }],
      });
    },
  );
});

describe("an agreement's cursor", () => {
  const list = (chamberId: string) => `/chambers/${chamberId}/agreements`;

  it("is a place in another chamber's list only when that chamber is a party to the agreement", async () => {
    const { items } = (await get(`${list("ma-09")}?limit=100`, t.keys.soussMassa)).json() as {
      items: { id: string; parties: { chamberId?: string }[] }[];
    };
    const shared = items.find((a) => a.parties.some((p) => p.chamberId === "ma-06"));
    const own = items.find((a) => !a.parties.some((p) => p.chamberId === "ma-06"));
    if (!shared || !own) throw new Error("the seed holds an agreement shared with ma-06 and one that is not");
    const shared06 = await get(
      `${list("ma-06")}?limit=1&cursor=${encodeCursor(shared.id)}`,
      t.keys.casablanca,
    );
    expect(shared06.statusCode).toBe(200);
    const own06 = await get(`${list("ma-06")}?limit=1&cursor=${encodeCursor(own.id)}`, t.keys.casablanca);
    expect(own06.statusCode).toBe(400);
    expect(own06.json()).toMatchObject({ errors: [{ pointer: "/query/cursor", code: "invalid_cursor" }] });
  });

  it.each(ownLists.map((route) => [route.path] as const))(
    "of another kind of record is refused with 400 by %s",
    async (path) => {
      // A cursor of the agreements list names an agreement, a record no other list holds.
      const { items } = (await get("/chambers/ma-09/agreements?limit=1", t.keys.soussMassa)).json() as {
        items: { id: string }[];
      };
      const cursor = encodeCursor(items[0]?.id ?? "");
      const answer = await get(
        `${path.replace("{chamberId}", "ma-09")}?limit=1&cursor=${cursor}`,
        t.keys.soussMassa,
      );
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ errors: [{ pointer: "/query/cursor", code: "invalid_cursor" }] });
    },
  );

  it("is refused when it names a record of another kind", async () => {
    const { items } = (await get("/chambers/ma-09/members?limit=1", t.keys.soussMassa)).json() as {
      items: { id: string }[];
    };
    const member = items[0]?.id ?? "";
    const answer = await get(`${list("ma-09")}?limit=1&cursor=${encodeCursor(member)}`, t.keys.soussMassa);
    expect(answer.statusCode).toBe(400);
  });
});
