import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headerOf, outcomes, runOnly, withHeader } from "./broken-node";

let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(async () => {
  await node?.close();
});

const ETAG = ["GH-ETAG-001", "GH-ETAG-002", "GH-ETAG-003"] as const;

/** The current ETag of the record a conditional request changes: its own path's, or its parent's. */
async function currentEtag(
  input: string | URL | Request,
  init: RequestInit | undefined,
): Promise<string | undefined> {
  const url = new URL(String(input));
  const read = { headers: { authorization: headerOf(init, "authorization") ?? "" } };
  for (const path of [url.pathname, url.pathname.slice(0, url.pathname.lastIndexOf("/"))]) {
    const answer = await fetch(new URL(path, url), read);
    await answer.text();
    if (answer.status === 200 && answer.headers.get("etag")) return answer.headers.get("etag") ?? undefined;
  }
  return undefined;
}

/** A node that ignores If-Match: each change is made on the record as it is now. */
const ignoresIfMatch: typeof globalThis.fetch = async (input, init) => {
  if (headerOf(init, "if-match") === undefined) return fetch(input, init);
  return fetch(input, withHeader(init, "if-match", await currentEtag(input, init)));
};

/** A node that takes an update without If-Match as one on the record as it is now. */
const needsNoIfMatch: typeof globalThis.fetch = async (input, init) => {
  if (init?.method !== "PATCH" || headerOf(init, "if-match") !== undefined) return fetch(input, init);
  return fetch(input, withHeader(init, "if-match", await currentEtag(input, init)));
};

/** A node whose reads carry no ETag. */
const withoutEtags: typeof globalThis.fetch = async (input, init) => {
  const answer = await fetch(input, init);
  if ((init?.method ?? "GET") !== "GET") return answer;
  const headers = new Headers(answer.headers);
  headers.delete("etag");
  return new Response(await answer.text(), { status: answer.status, headers });
};

describe("the ETag checks", () => {
  it("hold on the reference node, on records of the run for every If-Match operation", async () => {
    const run = await runOnly(node, ETAG);
    expect(outcomes(run)).toEqual(Object.fromEntries(ETAG.map((id) => [id, "passed"])));
    const kinds = new Set(run.written.map((w) => w.path.split("/")[3]));
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        "members",
        "agreements",
        "services",
        "events",
        "leases",
        "service-requests",
        "label-applications",
      ]),
    );
  });

  it("find reads without an ETag", async () => {
    const found = outcomes(await runOnly(node, ["GH-ETAG-001"], withoutEtags));
    expect(found["GH-ETAG-001"]).toMatch(/^failed: the record .* answers 200 with an ETag/);
  });

  it("find a node that ignores a stale If-Match", async () => {
    const found = outcomes(await runOnly(node, ["GH-ETAG-002"], ignoresIfMatch));
    expect(found["GH-ETAG-002"]).toMatch(
      /^failed: .* with an If-Match of an earlier state .* is refused with 412/,
    );
  });

  it("find a node that takes an update without If-Match", async () => {
    const found = outcomes(await runOnly(node, ["GH-ETAG-003"], needsNoIfMatch));
    expect(found["GH-ETAG-003"]).toMatch(/^failed: \S+\.update without If-Match is refused with 428/);
    expect(found["GH-ETAG-003"]).toMatch(/the record reads as before/);
  });
});

describe("the conditional operations of the contract", () => {
  it("are found by their If-Match parameter, each with a record the kit can make", async () => {
    const { CONTRACT_DOCUMENT, operationsOf } = await import("../src/index");
    const { canMakeRecord, conditionalOperations } = await import("../src/checks/etag");
    const conditional = conditionalOperations(operationsOf(CONTRACT_DOCUMENT));
    expect(conditional.map((c) => c.operation.id)).toEqual(
      expect.arrayContaining([
        "members.update",
        "members.setStatus",
        "registrations.checkIn",
        "labels.decisions.create",
      ]),
    );
    expect(conditional.find((c) => c.operation.id === "members.setStatus")).toMatchObject({
      record: "/chambers/{chamberId}/members/{memberId}",
      required: false,
    });
    expect(conditional.filter((c) => c.required).map((c) => c.operation.method)).toEqual(
      expect.arrayContaining(["PATCH"]),
    );
    expect(conditional.filter((c) => !canMakeRecord(c.record)).map((c) => c.operation.id)).toEqual([]);
  });
});
