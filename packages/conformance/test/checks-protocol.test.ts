import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemKinds } from "../src/checks/problems";
import { CONTRACT_DOCUMENT } from "../src/contract-document";
import { type RequirementId, runConformance } from "../src/index";

// The read-only checks of the protocol (schemas of answers, problems, languages, versions, rate
// limits) against the reference node, and each against a node broken in the one way it must catch.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(async () => {
  await node?.close();
});

const PROTOCOL: RequirementId[] = [
  "GH-SCHEMA-001",
  "GH-SCHEMA-002",
  "GH-SCHEMA-003",
  "GH-SCHEMA-004",
  "GH-PROBLEM-001",
  "GH-PROBLEM-002",
  "GH-I18N-001",
  "GH-VERSION-001",
  "GH-RATE-001",
];

async function run(only: RequirementId[], fetch?: typeof globalThis.fetch) {
  return runConformance({
    baseUrl: node.url,
    key,
    adminKey: node.operatorKey,
    chamber: "ma-09",
    readOnly: true,
    property: false,
    only,
    ...(fetch ? { fetch } : {}),
  });
}

/** A fetch whose answers pass through `change` (status, headers and text in hand) before the kit reads them. */
function broken(
  change: (answer: { url: string; status: number; headers: Headers; text: string }) => string | undefined,
): typeof globalThis.fetch {
  return async (input, init) => {
    const answer = await globalThis.fetch(input, init);
    const headers = new Headers(answer.headers);
    const text = await answer.text();
    const url = String(input);
    const changed = change({ url, status: answer.status, headers, text }) ?? text;
    headers.delete("content-length");
    return new Response(answer.status === 204 || answer.status === 304 ? null : changed, {
      status: answer.status,
      headers,
    });
  };
}

describe("the protocol checks on the reference node", () => {
  it("find every requirement held, in a read-only run", async () => {
    const sent: { method: string; path: string; keyed: boolean; type: string }[] = [];
    const watching: typeof globalThis.fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      sent.push({
        method: init?.method ?? "GET",
        path: new URL(String(input)).pathname,
        keyed: headers.get("authorization")?.startsWith("Bearer ") ?? false,
        type: headers.get("content-type") ?? "",
      });
      return globalThis.fetch(input, init);
    };
    const result = await run(PROTOCOL, watching);
    // The sweep read records the lists gave, admin routes with the operator's key, public routes keyless.
    expect(sent.some((r) => /^\/chambers\/ma-09\/members\/mem_/.test(r.path))).toBe(true);
    expect(sent.some((r) => /^\/chambers\/ma-09\/events\/[^/]+\/registrations$/.test(r.path))).toBe(true);
    expect(sent.some((r) => r.path === "/admin/keys" && r.keyed)).toBe(true);
    expect(sent.some((r) => r.path === "/chambers/ma-09/members" && !r.keyed)).toBe(true);
    // Nothing that could write but the one text body no node can read as a record.
    const unsafe = sent.filter((r) => r.method !== "GET");
    expect(unsafe.filter((r) => r.method === "POST").map((r) => r.type)).toEqual(["text/plain"]);
    expect(unsafe.filter((r) => r.method !== "POST").map((r) => r.path)).toEqual(["/.well-known/ghorfa"]);
    const outcomes = Object.fromEntries(result.results.map((r) => [r.requirement.id, r.outcome]));
    const failures = result.results.flatMap((r) => r.failures.slice(0, 2).map((f) => [r.requirement.id, f]));
    expect(failures).toEqual([]);
    for (const id of PROTOCOL) expect(outcomes[id], id).toBe("passed");
    expect(result.written).toEqual([]);
  });
});

describe("what the checks read from the contract's document", () => {
  it("finds the problem kinds with their statuses, the languages and the versions", () => {
    const kinds = problemKinds(CONTRACT_DOCUMENT);
    expect(kinds.base).toBe("https://ghorfa.ma/problems/");
    expect([...(kinds.statuses.get("not-found") ?? [])]).toEqual([404]);
    expect([...(kinds.statuses.get("unauthorized") ?? [])]).toEqual([401]);
    expect([...(kinds.statuses.get("unsupported-version") ?? [])]).toEqual([400]);
    expect(kinds.statuses.size).toBeGreaterThanOrEqual(12);
  });
});

describe("the protocol checks on a broken node", () => {
  const failedIds = async (only: RequirementId[], fetch: typeof globalThis.fetch) => {
    const result = await run(only, fetch);
    return result.results.filter((r) => r.outcome === "failed").map((r) => r.requirement.id);
  };

  it("GH-PROBLEM-001: refusals sent as application/json", async () => {
    const fetch = broken(({ status, headers }) => {
      if (status >= 400) headers.set("content-type", "application/json; charset=utf-8");
      return undefined;
    });
    expect(await failedIds(["GH-PROBLEM-001"], fetch)).toEqual(["GH-PROBLEM-001"]);
  });

  it("GH-PROBLEM-002: a problem kind the contract does not have", async () => {
    const fetch = broken(({ status, text }) =>
      status === 404 ? text.replace("/problems/not-found", "/problems/missing") : undefined,
    );
    expect(await failedIds(["GH-PROBLEM-002"], fetch)).toEqual(["GH-PROBLEM-002"]);
  });

  it("GH-PROBLEM-002: a kind of the contract given with another status", async () => {
    const fetch = broken(({ status, text }) =>
      status === 401 ? text.replace("/problems/unauthorized", "/problems/forbidden") : undefined,
    );
    expect(await failedIds(["GH-PROBLEM-002"], fetch)).toEqual(["GH-PROBLEM-002"]);
  });

  it("GH-SCHEMA-001: a field of one answer of another type", async () => {
    const fetch = broken(({ url, status, text }) => {
      if (status !== 200 || !new URL(url).pathname.endsWith("/members")) return undefined;
      const page = JSON.parse(text) as { items: { legalName?: unknown }[] };
      if (page.items[0]) page.items[0].legalName = 42;
      return JSON.stringify(page);
    });
    expect(await failedIds(["GH-SCHEMA-001"], fetch)).toEqual(["GH-SCHEMA-001"]);
  });

  it("GH-SCHEMA-002: a status the operation does not document", async () => {
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const answer = await globalThis.fetch(input, init);
      if (!new URL(String(input)).pathname.endsWith("/units") || answer.status !== 200) return answer;
      return new Response(await answer.text(), { status: 203, headers: answer.headers });
    };
    expect(await failedIds(["GH-SCHEMA-002"], fetch)).toEqual(["GH-SCHEMA-002"]);
  });

  it("GH-SCHEMA-003: a Content-Type the document does not list", async () => {
    const fetch = broken(({ url, status, headers }) => {
      if (status === 200 && new URL(url).pathname === "/chambers") headers.set("content-type", "text/html");
      return undefined;
    });
    expect(await failedIds(["GH-SCHEMA-003"], fetch)).toEqual(["GH-SCHEMA-003"]);
  });

  it("GH-SCHEMA-004: a documented header that breaks its schema", async () => {
    const fetch = broken(({ status, headers }) => {
      if (status === 200 && headers.has("etag")) headers.set("etag", "not quoted");
      return undefined;
    });
    expect(await failedIds(["GH-SCHEMA-004"], fetch)).toEqual(["GH-SCHEMA-004"]);
  });

  it("GH-VERSION-001: answers without Ghorfa-Version", async () => {
    const fetch = broken(({ headers }) => {
      headers.delete("ghorfa-version");
      return undefined;
    });
    expect(await failedIds(["GH-VERSION-001"], fetch)).toEqual(["GH-VERSION-001"]);
  });

  it("GH-VERSION-001: an unsupported version served instead of refused", async () => {
    const fetch: typeof globalThis.fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      const asked = headers.get("ghorfa-version");
      if (asked !== null && !/^2026-/.test(asked)) headers.delete("ghorfa-version");
      return globalThis.fetch(input, { ...init, headers });
    };
    expect(await failedIds(["GH-VERSION-001"], fetch)).toEqual(["GH-VERSION-001"]);
  });

  it("GH-VERSION-001: an unsupported version refused as a validation problem", async () => {
    const fetch = broken(({ text }) => text.replace("/problems/unsupported-version", "/problems/validation"));
    expect(await failedIds(["GH-VERSION-001"], fetch)).toEqual(["GH-VERSION-001"]);
  });

  it("GH-I18N-001: every title in French", async () => {
    const fetch: typeof globalThis.fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set("accept-language", "fr-MA");
      return globalThis.fetch(input, { ...init, headers });
    };
    expect(await failedIds(["GH-I18N-001"], fetch)).toEqual(["GH-I18N-001"]);
  });

  it("GH-I18N-001: no Content-Language on problems", async () => {
    const fetch = broken(({ headers }) => {
      headers.delete("content-language");
      return undefined;
    });
    expect(await failedIds(["GH-I18N-001"], fetch)).toEqual(["GH-I18N-001"]);
  });

  it("GH-RATE-001: rate-limit headers that are not counts", async () => {
    const fetch = broken(({ headers }) => {
      headers.set("ratelimit-limit", "100");
      headers.set("ratelimit-remaining", "many");
      return undefined;
    });
    expect(await failedIds(["GH-RATE-001"], fetch)).toEqual(["GH-RATE-001"]);
  });
});

describe("GH-RATE-001 on a node with a low limit", () => {
  let limited: TestNode;
  beforeAll(async () => {
    limited = await startNode({ GHORFA_RATE_LIMIT: "30", GHORFA_RATE_WINDOW_SECONDS: "3600" });
  });
  afterAll(async () => {
    await limited?.close();
  });

  const runFull = async (fetch?: typeof globalThis.fetch) =>
    runConformance({
      baseUrl: limited.url,
      key: await limited.key("ma-09"),
      adminKey: limited.operatorKey,
      chamber: "ma-09",
      profile: "full",
      property: false,
      only: ["GH-RATE-001"],
      ...(fetch ? { fetch } : {}),
    });

  it("meets the limit with a key of its own, and finds the 429 carries Retry-After", async () => {
    const result = await runFull();
    const rate = result.results.find((r) => r.requirement.id === "GH-RATE-001");
    expect(rate?.failures).toEqual([]);
    expect(rate?.outcome).toBe("passed");
    expect(result.written.map((w) => w.path)).toEqual([expect.stringMatching(/^\/admin\/keys\//)]);
  });

  it("fails a 429 without Retry-After", async () => {
    const fetch = broken(({ status, headers }) => {
      if (status === 429) headers.delete("retry-after");
      return undefined;
    });
    const result = await runFull(fetch);
    const rate = result.results.find((r) => r.requirement.id === "GH-RATE-001");
    expect(rate?.outcome).toBe("failed");
    expect(rate?.failures[0]?.expected).toMatch(/429 carries Retry-After/);
  });
});
