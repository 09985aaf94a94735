import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RequirementId, runConformance } from "../src/index";

// The pagination checks against the reference node, and against the same node seen through a
// fetch that breaks one behaviour of its pages.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(async () => {
  await node?.close();
});

async function run(ids: RequirementId[], fetch?: typeof globalThis.fetch) {
  const report = await runConformance({
    baseUrl: node.url,
    key,
    adminKey: node.operatorKey,
    chamber: "ma-09",
    profile: "full",
    property: false,
    only: ids,
    ...(fetch ? { fetch } : {}),
  });
  return new Map(report.results.map((result) => [result.requirement.id, result]));
}

/** A fetch that passes `rewrite` every JSON answer of a GET, and sends back what it returns. */
function rewritingPages(
  rewrite: (body: Record<string, unknown>, url: URL) => unknown,
): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const url = new URL(String(input));
    if (
      (init?.method ?? "GET") !== "GET" ||
      !response.headers.get("content-type")?.startsWith("application/json")
    )
      return response;
    const body = (await response.json()) as Record<string, unknown>;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(JSON.stringify(rewrite(body, url)), { status: response.status, headers });
  };
}

describe("the pagination checks", () => {
  it("find the reference node's lists walk without repeat or gap, cursors bound to their chamber", async () => {
    const results = await run(["GH-PAGE-001", "GH-PAGE-002", "GH-PAGE-003", "GH-PAGE-004"]);
    for (const id of ["GH-PAGE-001", "GH-PAGE-002", "GH-PAGE-003", "GH-PAGE-004"] as const) {
      expect([id, results.get(id)?.outcome, results.get(id)?.failures.slice(0, 2)]).toEqual([
        id,
        "passed",
        [],
      ]);
    }
  });

  it("fail GH-PAGE-001 on a node whose pages repeat the last item of the page before", async () => {
    let previousLast: unknown;
    const fetch = rewritingPages((body, url) => {
      const items = body.items;
      if (!Array.isArray(items)) return body;
      const repeated =
        url.searchParams.has("cursor") && previousLast !== undefined ? [previousLast, ...items] : items;
      previousLast = items.at(-1);
      return { ...body, items: repeated };
    });
    const result = (await run(["GH-PAGE-001"], fetch)).get("GH-PAGE-001");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures[0]?.received).toMatch(/came again on a later page/);
  });

  it("fail GH-PAGE-002 on a node that drops the last item of each page it continues", async () => {
    const fetch = rewritingPages((body) => {
      const items = body.items;
      return Array.isArray(items) && typeof body.nextCursor === "string"
        ? { ...body, items: items.slice(0, -1) }
        : body;
    });
    const result = (await run(["GH-PAGE-002"], fetch)).get("GH-PAGE-002");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures[0]?.received).toMatch(/never came/);
  });

  it("fail GH-PAGE-003 on a node whose cursor counts items, so that an insert shifts the pages", async () => {
    // Members are sorted newest first and the cursor is an offset: each member created during
    // the walk pushes one already seen onto the next page.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(String(input));
      if ((init?.method ?? "GET") !== "GET" || !/\/chambers\/ma-09\/members$/.test(url.pathname)) {
        return globalThis.fetch(input, init);
      }
      const limit = Number(url.searchParams.get("limit") ?? 50);
      const offset = Number(url.searchParams.get("cursor") ?? 0);
      const all = new URL(url);
      all.search = "limit=100";
      const response = await globalThis.fetch(all, init);
      const items = ((await response.json()) as { items: unknown[] }).items.reverse();
      const page = items.slice(offset, offset + limit);
      const next = offset + limit < items.length ? String(offset + limit) : null;
      return Response.json({ items: page, nextCursor: next });
    };
    const result = (await run(["GH-PAGE-003"], fetch)).get("GH-PAGE-003");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures[0]?.received).toMatch(/came 2 times/);
  });

  it.each([
    ["an empty page", 200],
    ["a server error", 500],
  ] as const)("fail GH-PAGE-004 on a node that answers a malformed cursor with %s", async (_, status) => {
    // The node answers a cursor it did not issue with `status` instead of refusing it.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(String(input));
      const cursor = url.searchParams.get("cursor");
      const response = await globalThis.fetch(input, init);
      if (cursor === null || response.status !== 400) return response;
      return status === 200
        ? Response.json({ items: [], nextCursor: null })
        : new Response(JSON.stringify({ status: 500, title: "Internal" }), {
            status: 500,
            headers: { "content-type": "application/problem+json" },
          });
    };
    const result = (await run(["GH-PAGE-004"], fetch)).get("GH-PAGE-004");
    expect(result?.outcome).toBe("failed");
    expect(result?.failures.map((failure) => failure.received)).toContain(
      `${status} application/${status === 200 ? "json" : "problem+json"}`,
    );
  });

  it("fail GH-PAGE-004 on a node that reads another chamber's cursor as a place in its list", async () => {
    // A refusal of a cursor on another chamber's list becomes an empty last page.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(String(input));
      const response = await globalThis.fetch(input, init);
      if (
        !url.searchParams.has("cursor") ||
        url.pathname.startsWith("/chambers/ma-09/") ||
        response.status !== 400
      )
        return response;
      return Response.json({ items: [], nextCursor: null });
    };
    const result = (await run(["GH-PAGE-004"], fetch)).get("GH-PAGE-004");
    expect(result?.outcome).toBe("failed");
    // Every list of the chamber is tried, each with a cursor of a record the other cannot see.
    const expected = result?.failures.map((failure) => failure.expected) ?? [];
    for (const text of expected) expect(text).toMatch(/of ma-\d\d refuses a cursor ma-09's list issued/);
    expect(expected).toEqual(expect.arrayContaining([expect.stringMatching(/^members\.list of/)]));
  });

  it("send the cursor to a chamber of the directory when the node hosts one chamber only", async () => {
    // The node says it hosts ma-09 alone: the cursor goes to another chamber the directory names.
    const sent: string[] = [];
    const hostingOne = rewritingPages((body, url) =>
      url.pathname === "/.well-known/ghorfa" ? { ...body, chambers: ["ma-09"] } : body,
    );
    const fetch: typeof globalThis.fetch = (input, init) => {
      const url = new URL(String(input));
      if (url.searchParams.has("cursor")) sent.push(url.pathname);
      return hostingOne(input, init);
    };
    const result = (await run(["GH-PAGE-004"], fetch)).get("GH-PAGE-004");
    expect([result?.outcome, result?.failures]).toEqual(["passed", []]);
    expect(sent.some((path) => /^\/chambers\/ma-(?!09)\d\d\//.test(path))).toBe(true);
  });
});
