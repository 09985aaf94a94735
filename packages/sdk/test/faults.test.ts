import { problemUri, routes } from "@ghorfa/contract";
import { newMember } from "@ghorfa/testing/inputs";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ClientOptions, createClient, createClientFor } from "../src/client";
import {
  ApiError,
  ContractError,
  NetworkError,
  RateLimitedError,
  TimeoutError,
  ValidationError,
} from "../src/errors";
import type { RetryContext } from "../src/hooks";
import { type FaultProxy, startFaultProxy } from "./fault-proxy";

// The real node behind a proxy that breaks chosen requests the ways networks and gateways do.
let node: TestNode;
let proxy: FaultProxy;
let key: string;
beforeAll(async () => {
  node = await startNode();
  proxy = await startFaultProxy(node.url);
  key = await node.key("ma-09");
});
afterEach(() => proxy.reset());
afterAll(async () => {
  await proxy?.close();
  await node?.close();
});

const INFO = "/.well-known/ghorfa";
const DENO = "Deno" in globalThis;
const MEMBERS = "/chambers/ma-09/members";

/** A client of the proxy, and the retries it makes with the wait before each (ky waits them). */
function client(options: Partial<ClientOptions> = {}) {
  const retries: RetryContext[] = [];
  const waits: (number | undefined)[] = [];
  const sdk = createClient({
    baseUrl: proxy.url,
    apiKey: key,
    random: () => 0.5,
    hooks: {
      beforeRetry: [
        (retry) => {
          retries.push(retry);
          waits.push(retry.delay);
        },
      ],
    },
    ...options,
  });
  return { sdk, waits, retries };
}

/** The members of Souss-Massa whose legal name is `name`, read from the node directly. */
async function membersNamed(name: string) {
  const direct = createClient({ baseUrl: node.url, apiKey: key });
  const found = [];
  for await (const member of direct.chamber("ma-09").members.iterate({ limit: 100 })) {
    if (member.legalName === name) found.push(member);
  }
  return found;
}

describe("statuses", () => {
  it("waits what a 503's Retry-After asks, then succeeds", async () => {
    proxy.inject({ kind: "status", status: 503, headers: { "retry-after": "2" } }, { path: INFO });
    const { sdk, waits } = client();
    const info = await sdk.node.info();
    expect(info.chambers).toContain("ma-09");
    expect(waits).toEqual([2000]);
    expect(info.$response.attempts).toBe(2);
    expect(proxy.requests.map((r) => r.fault)).toEqual(["status", "pass"]);
  });

  it("reads a Retry-After given as an HTTP date", async () => {
    // An HTTP date names whole seconds: three seconds on from the last whole one.
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 3000);
    proxy.inject(
      { kind: "status", status: 503, headers: { "retry-after": at.toUTCString() } },
      { path: INFO },
    );
    const { sdk, waits } = client();
    await sdk.node.info();
    expect(waits).toHaveLength(1);
    // Not a backoff (at most 300 ms for a first retry): the time left until that date.
    expect(waits[0]).toBeGreaterThan(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000);
  });

  it("retries a 429 after the wait it names", async () => {
    proxy.inject({ kind: "status", status: 429, headers: { "retry-after": "1" } }, { path: INFO });
    const { sdk, waits } = client();
    await sdk.node.info();
    expect(waits).toEqual([1000]);
  });

  it("waits what RateLimit-Reset asks when a 429 names no Retry-After (ky 2 reads it)", async () => {
    proxy.inject({ kind: "status", status: 429, headers: { "ratelimit-reset": "1" } }, { path: INFO });
    const { sdk, retries } = client();
    const info = await sdk.node.info();
    expect(info.$response.attempts).toBe(2);
    // ky took the wait from that header: not the SDK's backoff, whose wait it would know.
    expect(retries.map((retry) => retry.delay)).toEqual([undefined]);
  });

  it("gives up at once when a 429 asks for a wait beyond the cap", async () => {
    proxy.inject({ kind: "status", status: 429, headers: { "retry-after": "120" } }, { path: INFO });
    const { sdk, waits } = client({ retry: { maxRetryAfter: 60_000 } });
    const error = await sdk.node.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfter).toBe(120);
    expect(waits).toEqual([]);
    expect(proxy.requests).toHaveLength(1);
  });

  it("backs off exponentially, with jitter, when the node names no wait", async () => {
    proxy.inject(
      [
        { kind: "status", status: 502 },
        { kind: "status", status: 504 },
      ],
      { path: INFO },
    );
    const { sdk, waits, retries } = client();
    await sdk.node.info();
    // random() is 0.5: half of 300 ms, then half of 600 ms.
    expect(waits).toEqual([150, 300]);
    expect(retries.map((r) => [r.attempt, r.outcome])).toEqual([
      [2, { kind: "status", status: 502, retryAfter: null }],
      [3, { kind: "status", status: 504, retryAfter: null }],
    ]);
  });

  it("stops after the retry limit with the last answer's error", async () => {
    proxy.inject(Array(3).fill({ kind: "status", status: 503 }), { path: INFO });
    const { sdk, waits } = client();
    const error = await sdk.node.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(waits).toHaveLength(2);
    expect(proxy.requests).toHaveLength(3);
  });

  it("comes back after the wait a 409 names when the node is still running the same POST", async () => {
    // What the node answers a repeat that overtook the first request with its Idempotency-Key.
    const stillRunning = { type: problemUri("conflict"), title: "Conflict", status: 409, requestId: "r" };
    proxy.inject(
      {
        kind: "status",
        status: 409,
        headers: { "retry-after": "1", "content-type": "application/problem+json" },
        body: JSON.stringify(stillRunning),
      },
      { method: "POST", path: MEMBERS },
    );
    const { sdk, waits } = client();
    const body = newMember();
    const created = await sdk.chamber("ma-09").members.create(body);
    expect(waits).toEqual([1000]);
    const posts = proxy.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => r.fault)).toEqual(["status", "pass"]);
    expect(posts[1]?.headers["idempotency-key"]).toBe(posts[0]?.headers["idempotency-key"]);
    expect((await membersNamed(body.legalName)).map((m) => m.id)).toEqual([created.id]);
  });

  it("never retries a client error", async () => {
    proxy.inject({ kind: "status", status: 400, body: "bad" }, { path: INFO });
    const { sdk, waits } = client();
    await expect(sdk.node.info()).rejects.toBeInstanceOf(ValidationError);
    expect(waits).toEqual([]);
    expect(proxy.requests).toHaveLength(1);
  });
});

describe("connections", () => {
  it("retries a GET after a connection reset", async () => {
    proxy.inject({ kind: "reset" }, { path: INFO });
    const { sdk } = client();
    const info = await sdk.node.info();
    // Node's fetch reports the reset and the SDK sends again; Bun's and Deno's fetch resend a GET
    // themselves when a reused keep-alive connection is reset. Either way it is sent twice.
    expect(proxy.requests.filter((r) => r.path === INFO).map((r) => r.fault)).toEqual(["reset", "pass"]);
    expect(info.$response.attempts).toBe("Bun" in globalThis || "Deno" in globalThis ? 1 : 2);
  });

  it("retries a GET whose answer broke off halfway, as a network error", async () => {
    proxy.inject({ kind: "cut-body" }, { path: MEMBERS });
    const { sdk, retries } = client();
    const page = await sdk.chamber("ma-09").members.list({ limit: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.$response.attempts).toBe(2);
    expect(retries[0]?.outcome).toEqual({ kind: "network" });
    expect(retries[0]?.error).toBeInstanceOf(NetworkError);
  });

  it("creates exactly one record when a POST is retried after a reset that followed the node's work", async () => {
    proxy.inject({ kind: "reset-after-forward" }, { method: "POST", path: MEMBERS });
    const { sdk, retries } = client();
    const body = newMember();
    const created = await sdk.chamber("ma-09").members.create(body);
    const posts = proxy.requests.filter((r) => r.method === "POST");
    expect(posts.map((r) => r.fault)).toEqual(["reset-after-forward", "pass"]);
    expect(posts[0]?.headers["idempotency-key"]).toBeTruthy();
    expect(posts[1]?.headers["idempotency-key"]).toBe(posts[0]?.headers["idempotency-key"]);
    // Node's and Bun's fetch report the reset and the SDK sends again; Deno's resends the POST
    // itself when the connection it reset was a reused keep-alive one, and then the SDK sees one
    // attempt. The key makes either one record.
    const outcomes = retries.map((retry) => retry.outcome);
    if (DENO) expect([[], [{ kind: "network" }]]).toContainEqual(outcomes);
    else expect(outcomes).toEqual([{ kind: "network" }]);
    const stored = await membersNamed(body.legalName);
    expect(stored.map((m) => m.id)).toEqual([created.id]);
  });

  // Deno's fetch resends a POST whose reused keep-alive connection was reset after the node did the
  // work, key or no key, so there the node gets the call twice whatever the SDK decides.
  it.skipIf(DENO)(
    "repeats an unsafe call only when the route takes an Idempotency-Key (not on Deno: its fetch resends a POST after a reset itself)",
    async () => {
      // A node's own route that takes no key: the SDK must not send it twice.
      const unsafe = { ...routes, "members.create": { ...routes["members.create"], idempotent: false } };
      const sdk = createClientFor(unsafe, { baseUrl: proxy.url, apiKey: key });
      proxy.inject({ kind: "reset-after-forward" }, { method: "POST", path: MEMBERS });
      const body = newMember();
      await expect(sdk.chamber("ma-09").members.create(body)).rejects.toBeInstanceOf(NetworkError);
      proxy.inject({ kind: "status", status: 503 }, { method: "POST", path: MEMBERS });
      await expect(sdk.chamber("ma-09").members.create(newMember())).rejects.toBeInstanceOf(ApiError);
      const posts = proxy.requests.filter((r) => r.method === "POST");
      expect(posts).toHaveLength(2);
      expect(posts.every((r) => r.headers["idempotency-key"] === undefined)).toBe(true);
      expect(await membersNamed(body.legalName)).toHaveLength(1);
    },
  );
});

describe("timeouts", () => {
  it("abandons an attempt slower than the timeout and tries again", async () => {
    proxy.inject({ kind: "delay", ms: 6000 }, { path: INFO });
    const { sdk, retries } = client({ timeout: 1500 });
    const info = await sdk.node.info();
    expect(info.$response.attempts).toBe(2);
    expect(retries[0]?.outcome).toEqual({ kind: "timeout" });
    expect(retries[0]?.error).toBeInstanceOf(TimeoutError);
  });

  it("abandons an answer that stalls after its headers, and tries again", async () => {
    proxy.inject({ kind: "stall-body", ms: 6000 }, { path: INFO });
    const { sdk, retries } = client({ timeout: 1500 });
    const info = await sdk.node.info();
    expect(info.chambers).toContain("ma-09");
    expect(info.$response.attempts).toBe(2);
    expect(retries[0]?.outcome).toEqual({ kind: "timeout" });
    expect(retries[0]?.error).toMatchObject({ scope: "attempt", timeout: 1500 });
  });

  it("creates one record when a POST whose answer came too late is retried", async () => {
    // The node has 2.5 s to store the member before the retry comes (else it is still in flight).
    proxy.inject({ kind: "delay", ms: 6000 }, { method: "POST", path: MEMBERS });
    const { sdk } = client({ timeout: 2500 });
    const body = newMember();
    const created = await sdk.chamber("ma-09").members.create(body);
    expect(created.$response.attempts).toBe(2);
    expect((await membersNamed(body.legalName)).map((m) => m.id)).toEqual([created.id]);
  });

  it("cuts the last attempt short at the total timeout and names it", async () => {
    proxy.inject({ kind: "delay", ms: 3000 }, { path: INFO });
    const { sdk } = client({ timeout: 5000, totalTimeout: 400 });
    const error = await sdk.node.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: "total", timeout: 400 });
    expect(proxy.requests).toHaveLength(1);
  });

  it("does not start a wait that would end after the total timeout", async () => {
    proxy.inject({ kind: "status", status: 503, headers: { "retry-after": "5" } }, { path: INFO });
    const { sdk, waits } = client({ totalTimeout: 4000 });
    await expect(sdk.node.info()).rejects.toMatchObject({ status: 503 });
    expect(waits).toEqual([]);
  });

  it("ends the call with the answer's error when even its backoff would outlast the total timeout", async () => {
    proxy.inject({ kind: "status", status: 503 }, { path: INFO });
    // random() is 0.5: the first backoff is 150 ms, more than the 100 ms the call has.
    const { sdk, waits } = client({ totalTimeout: 100 });
    await expect(sdk.node.info()).rejects.toMatchObject({ status: 503 });
    expect(waits).toEqual([]);
    expect(proxy.requests).toHaveLength(1);
  });

  it("stops waiting for a retry as soon as the caller aborts", async () => {
    proxy.inject({ kind: "status", status: 503, headers: { "retry-after": "30" } }, { path: INFO });
    const controller = new AbortController();
    // The abort comes 10 ms after the 503, while ky waits the 30 s it asks for.
    const sdk = createClient({
      baseUrl: proxy.url,
      hooks: {
        afterResponse: [() => void setTimeout(() => controller.abort(new Error("navigated away")), 10)],
      },
    });
    await expect(sdk.node.info({ signal: controller.signal })).rejects.toThrow("navigated away");
    expect(proxy.requests).toHaveLength(1);
  });

  it("stops an attempt in flight as soon as the caller aborts", async () => {
    proxy.inject({ kind: "stall-body", ms: 20_000 }, { path: INFO });
    const controller = new AbortController();
    const sdk = createClient({
      baseUrl: proxy.url,
      timeout: 30_000,
      hooks: {
        afterResponse: [() => void setTimeout(() => controller.abort(new Error("closed the tab")), 10)],
      },
    });
    await expect(sdk.node.info({ signal: controller.signal })).rejects.toThrow("closed the tab");
    expect(proxy.requests).toHaveLength(1);
  });

  it("throws a TimeoutError naming the attempt timeout when no retry is left", async () => {
    proxy.inject({ kind: "delay", ms: 3000 }, { path: INFO });
    const { sdk } = client({ timeout: 300, retry: false });
    const error = await sdk.node.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: "attempt", timeout: 300, code: "timeout" });
  });
});

describe("contract", () => {
  const wrong = {
    kind: "status" as const,
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ contractVersion: 2026, chambers: "ma-09" }),
  };

  it("throws a ContractError for an answer that does not match the contract", async () => {
    proxy.inject(wrong, { path: INFO });
    const { sdk } = client({ validateResponses: true });
    const error = await sdk.node.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    const paths = (error as ContractError).issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["contractVersion", "chambers"]));
  });

  it("validates with the schemas of the routes a client was made for", async () => {
    proxy.inject(wrong, { path: INFO });
    const sdk = createClientFor(routes, { baseUrl: proxy.url, validateResponses: true });
    await expect(sdk.node.info()).rejects.toBeInstanceOf(ContractError);
    await expect(sdk.node.info()).resolves.toMatchObject({ chambers: ["ma-06", "ma-09"] });
  });

  it("passes such an answer through when validation is off", async () => {
    proxy.inject(wrong, { path: INFO });
    const { sdk } = client();
    expect((await sdk.node.info()).chambers).toBe("ma-09");
  });
});
