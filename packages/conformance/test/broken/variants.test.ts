import { randomUUID } from "node:crypto";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCode, type RequirementId, runConformance } from "../../src/index";
import { type BrokenProxy, FAULT_NAMES, FAULTS, type Fault, startProxy } from "./proxy";

// The kit's self-test: the reference node seen through a proxy with one fault must fail the
// requirement that fault breaks, and the same proxy with no fault must pass. Each fault is first
// shown to be live by plain HTTP, without the kit, so that a kit that passes a broken variant
// cannot hide behind a fault that does nothing.

const CHAMBER = "ma-09";
const OTHER_CHAMBER = "ma-06";

/** A node, the proxy in front of it, and keys of the chamber under test and of another. */
interface Variant {
  readonly node: TestNode;
  readonly proxy: BrokenProxy;
  readonly key: string;
  readonly otherKey: string;
}

async function startVariant(fault: Fault | "none"): Promise<Variant> {
  const node = await startNode();
  const proxy = await startProxy({ target: node.url, operatorKey: node.operatorKey, fault });
  return { node, proxy, key: await node.key(CHAMBER), otherKey: await node.key(OTHER_CHAMBER) };
}

async function stopVariant(variant: Variant | undefined): Promise<void> {
  await variant?.proxy.close();
  await variant?.node.close();
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: unknown;
}

/** One request to `origin` (the node itself, or the proxy). */
async function call(
  origin: string,
  method: string,
  path: string,
  options: { key?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(new URL(path, origin), {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, json };
}

type Item = Record<string, unknown> & { id: string };
const itemsOf = (answer: Answer) => (answer.json as { items: Item[] }).items;
const mediaType = (answer: Answer) => answer.headers.get("content-type")?.split(";")[0];

async function firstId(variant: Variant, list: string): Promise<string> {
  const answer = await call(variant.node.url, "GET", `/chambers/${CHAMBER}/${list}?limit=1`, {
    key: variant.key,
  });
  const id = itemsOf(answer)[0]?.id;
  if (id === undefined) throw new Error(`the seeded node lists no ${list}`);
  return id;
}

/** A rent payment as the contract's example has it. */
const payment = {
  kind: "rent",
  period: { from: "2025-11", to: "2025-11" },
  amount: { amount: 1150000, currency: "MAD" },
  method: "cheque",
  paidOn: "2025-11-05",
  reference: "CHQ 4518496",
};

/** Shows, by plain HTTP, that the fault is live: the proxy answers what the node itself does not. */
const LIVE: { readonly [K in Fault]: (variant: Variant) => Promise<void> } = {
  async "no-tenancy-check"(v) {
    // The node answers another chamber's key with the public view (as it answers no key at all):
    // through the proxy, that key reads the private record.
    const path = `/chambers/${CHAMBER}/members/${await firstId(v, "members")}`;
    const own = await call(v.node.url, "GET", path, { key: v.key });
    const direct = await call(v.node.url, "GET", path, { key: v.otherKey });
    const proxied = await call(v.proxy.url, "GET", path, { key: v.otherKey });
    expect(direct.json).not.toEqual(own.json);
    expect(proxied.status).toBe(200);
    expect(proxied.json).toEqual(own.json);
  },
  async "idempotency-shared-across-keys"(v) {
    const path = `/chambers/${CHAMBER}/leases/${await firstId(v, "leases")}/payments`;
    const headers = { "idempotency-key": randomUUID() };
    const first = await call(v.proxy.url, "POST", path, { key: v.key, headers, body: payment });
    const direct = await call(v.node.url, "POST", path, { key: v.otherKey, headers, body: payment });
    const replayed = await call(v.proxy.url, "POST", path, { key: v.otherKey, headers, body: payment });
    expect(first.status).toBe(201);
    expect(direct.status).not.toBe(201);
    expect(replayed.status).toBe(201);
    expect(replayed.json).toEqual(first.json);
  },
  async "malformed-cursor-500"(v) {
    const path = `/chambers/${CHAMBER}/members?cursor=not-a-cursor`;
    const direct = await call(v.node.url, "GET", path, { key: v.key });
    const proxied = await call(v.proxy.url, "GET", path, { key: v.key });
    expect(direct.status).toBe(400);
    expect(proxied.status).toBe(500);
    expect(mediaType(proxied)).toBe("application/problem+json");
    const page = await call(v.proxy.url, "GET", `/chambers/${CHAMBER}/members?limit=1`, { key: v.key });
    const next = (page.json as { nextCursor: string }).nextCursor;
    const second = await call(v.proxy.url, "GET", `/chambers/${CHAMBER}/members?limit=1&cursor=${next}`, {
      key: v.key,
    });
    expect(second.status).toBe(200);
  },
  async "problem-without-content-type"(v) {
    const path = `/chambers/${CHAMBER}/members/mem_${CHAMBER}_01KG722XM10000000000000999`;
    const direct = await call(v.node.url, "GET", path, { key: v.key });
    const proxied = await call(v.proxy.url, "GET", path, { key: v.key });
    expect(direct.status).toBe(404);
    expect(mediaType(direct)).toBe("application/problem+json");
    expect(proxied.status).toBe(404);
    expect(mediaType(proxied)).toBe("application/json");
    expect((await call(v.proxy.url, "GET", "/.well-known/ghorfa")).status).toBe(200);
  },
  async "receipt-gap"(v) {
    const lease = await firstId(v, "leases");
    const path = `/chambers/${CHAMBER}/leases/${lease}/payments`;
    const numbers: string[] = [];
    for (const reference of ["CHQ 1", "CHQ 2"]) {
      const made = await call(v.proxy.url, "POST", path, {
        key: v.key,
        headers: { "idempotency-key": randomUUID() },
        body: { ...payment, reference },
      });
      expect(made.status).toBe(201);
      const number = (made.json as { receiptNumber: string }).receiptNumber;
      expect(made.headers.get("location")).toBe(`/chambers/${CHAMBER}/receipts/${number}`);
      numbers.push(number);
    }
    const sequence = (n: string) => Number(n.slice(5));
    const [shownFirst, shownSecond] = numbers.map(sequence) as [number, number];
    expect(shownSecond - shownFirst).toBe(2);
    // The node itself numbered them one after the other.
    const real = itemsOf(await call(v.node.url, "GET", `${path}?limit=100`, { key: v.key }))
      .filter((item) => item.reference === "CHQ 1" || item.reference === "CHQ 2")
      .map((item) => sequence(item.receiptNumber as string));
    expect(real).toHaveLength(2);
    expect(Math.abs((real[1] ?? 0) - (real[0] ?? 0))).toBe(1);
    // Read by the number shown, a receipt is the payment that showed it; a number in the gap is none.
    const receipt = await call(v.proxy.url, "GET", `/chambers/${CHAMBER}/receipts/${numbers[1]}`, {
      key: v.key,
    });
    expect((receipt.json as { payment: { receiptNumber: string } }).payment.receiptNumber).toBe(numbers[1]);
    const gap = `${numbers[0]?.slice(0, 5)}${String(shownFirst + 1).padStart(6, "0")}`;
    expect(
      (await call(v.proxy.url, "GET", `/chambers/${CHAMBER}/receipts/${gap}`, { key: v.key })).status,
    ).toBe(404);
  },
  async "if-match-ignored"(v) {
    const path = `/chambers/${CHAMBER}/members/${await firstId(v, "members")}`;
    const stale = { "if-match": '"stale"' };
    const direct = await call(v.node.url, "PATCH", path, {
      key: v.key,
      headers: stale,
      body: { tradeName: "A" },
    });
    const proxied = await call(v.proxy.url, "PATCH", path, {
      key: v.key,
      headers: stale,
      body: { tradeName: "B" },
    });
    expect(direct.status).toBe(412);
    expect(proxied.status).toBe(200);
    expect((proxied.json as { tradeName: string }).tradeName).toBe("B");
  },
  async "wrong-field"(v) {
    const path = `/chambers/${CHAMBER}/members/${await firstId(v, "members")}`;
    const direct = await call(v.node.url, "GET", path, { key: v.key });
    const proxied = await call(v.proxy.url, "GET", path, { key: v.key });
    expect(typeof (direct.json as { legalName: unknown }).legalName).toBe("string");
    expect(typeof (proxied.json as { legalName: unknown }).legalName).toBe("number");
  },
  async "page-drops-item"(v) {
    const list = `/chambers/${CHAMBER}/members`;
    const whole = itemsOf(await call(v.node.url, "GET", `${list}?limit=100`, { key: v.key })).map(
      (m) => m.id,
    );
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Answer = await call(
        v.proxy.url,
        "GET",
        `${list}?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        {
          key: v.key,
        },
      );
      walked.push(...itemsOf(page).map((m) => m.id));
      cursor = (page.json as { nextCursor: string | null }).nextCursor;
    } while (cursor);
    expect(whole.length).toBeGreaterThan(2);
    expect(walked.length).toBeLessThan(whole.length);
    expect(whole).toEqual(expect.arrayContaining(walked));
  },
  async "missing-version-header"(v) {
    const direct = await call(v.node.url, "GET", "/.well-known/ghorfa");
    const proxied = await call(v.proxy.url, "GET", "/.well-known/ghorfa");
    expect(direct.headers.get("ghorfa-version")).toBeTruthy();
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get("ghorfa-version")).toBeNull();
  },
  async "scope-ignored"(v) {
    const narrow = await v.node.key(CHAMBER, ["members:read"]);
    const path = `/chambers/${CHAMBER}/units`;
    expect((await call(v.node.url, "GET", path, { key: narrow })).status).toBe(403);
    expect((await call(v.proxy.url, "GET", path, { key: narrow })).status).toBe(200);
  },
  async "no-428"(v) {
    const path = `/chambers/${CHAMBER}/members/${await firstId(v, "members")}`;
    const direct = await call(v.node.url, "PATCH", path, { key: v.key, body: { tradeName: "A" } });
    const proxied = await call(v.proxy.url, "PATCH", path, { key: v.key, body: { tradeName: "B" } });
    expect(direct.status).toBe(428);
    expect(proxied.status).toBe(200);
  },
  async "route-missing"(v) {
    const path = `/chambers/${CHAMBER}/members/${await firstId(v, "members")}/status`;
    expect((await call(v.node.url, "POST", path, { body: {} })).status).toBe(401);
    expect((await call(v.proxy.url, "POST", path, { body: {} })).status).toBe(404);
    expect((await call(v.proxy.url, "GET", path.replace(/\/status$/, ""), { key: v.key })).status).toBe(200);
  },
};

/**
 * What the failure's evidence must name: a request a person can send again (`curl`) to the proxy,
 * about what the fault breaks.
 */
const EVIDENCE: { readonly [K in Fault]: RegExp } = {
  "no-tenancy-check": /\/members\//,
  "idempotency-shared-across-keys": /idempotency-key/i,
  "malformed-cursor-500": /cursor=/,
  "problem-without-content-type": /^curl /,
  "receipt-gap": /\/payments|\/receipts\//,
  "if-match-ignored": /if-match/i,
  "wrong-field": /\/members\//,
  "page-drops-item": /\?/,
  "missing-version-header": /^curl /,
  "scope-ignored": /\/chambers\//,
  "no-428": /PATCH/,
  "route-missing": /\/members\/[^/]+\/status/,
};

describe.each(FAULT_NAMES.map((fault) => [fault, FAULTS[fault].requirement] as const))(
  "the reference node behind a proxy with the fault %s",
  (fault, requirement: RequirementId) => {
    let variant: Variant | undefined;
    beforeAll(async () => {
      variant = await startVariant(fault);
    });
    afterAll(() => stopVariant(variant));

    it(`is broken: ${FAULTS[fault].breaks}`, async () => {
      await LIVE[fault](variant as Variant);
    });

    it(`fails ${requirement} in the kit`, async () => {
      const v = variant as Variant;
      const run = await runConformance({
        baseUrl: v.proxy.url,
        key: v.key,
        adminKey: v.node.operatorKey,
        chamber: CHAMBER,
        profile: "full",
        property: false,
        only: [requirement],
      });
      const result = run.results.find((r) => r.requirement.id === requirement);
      expect(result?.outcome, result?.reason).toBe("failed");
      expect(exitCode(run)).toBe(1);
      const curls = (result?.failures ?? []).map((failure) => failure.curl);
      expect(curls.every((curl) => curl.includes(v.proxy.url))).toBe(true);
      expect(
        curls.some((curl) => EVIDENCE[fault].test(curl)),
        curls.join("\n"),
      ).toBe(true);
    });
  },
);

describe("the reference node behind a proxy with no fault", () => {
  let variant: Variant | undefined;
  beforeAll(async () => {
    variant = await startVariant("none");
  });
  afterAll(() => stopVariant(variant));

  it("forwards requests and answers as they are", async () => {
    const v = variant as Variant;
    const path = `/chambers/${CHAMBER}/members/${await firstId(v, "members")}`;
    const direct = await call(v.node.url, "GET", path, { key: v.key });
    const proxied = await call(v.proxy.url, "GET", path, { key: v.key });
    expect(proxied.status).toBe(200);
    expect(proxied.json).toEqual(direct.json);
    expect(proxied.headers.get("etag")).toBe(direct.headers.get("etag"));
    const etag = direct.headers.get("etag") ?? "";
    const cached = await call(v.proxy.url, "GET", path, { key: v.key, headers: { "if-none-match": etag } });
    expect(cached.status).toBe(304);
  });

  it("forwards a write's method, headers, query and body", async () => {
    const v = variant as Variant;
    const path = `/chambers/${CHAMBER}/leases/${await firstId(v, "leases")}/payments`;
    const headers = { "idempotency-key": randomUUID() };
    const made = await call(v.proxy.url, "POST", path, {
      key: v.key,
      headers,
      body: { ...payment, reference: "CHQ through the proxy" },
    });
    expect(made.status).toBe(201);
    const again = await call(v.node.url, "POST", path, {
      key: v.key,
      headers,
      body: { ...payment, reference: "CHQ through the proxy" },
    });
    expect(again.json).toEqual(made.json);
    const listed = await call(v.proxy.url, "GET", `${path}?limit=100&kind=rent`, { key: v.key });
    expect(itemsOf(listed).map((item) => item.reference)).toContain("CHQ through the proxy");
  });

  it("passes every requirement of the full profile the kit checks", async () => {
    const v = variant as Variant;
    const run = await runConformance({
      baseUrl: v.proxy.url,
      key: v.key,
      adminKey: v.node.operatorKey,
      chamber: CHAMBER,
      profile: "full",
      property: false,
    });
    const failed = run.results.filter((r) => r.outcome === "failed");
    expect(failed.map((r) => [r.requirement.id, r.failures.slice(0, 2)])).toEqual([]);
    expect(run.results.filter((r) => r.outcome === "passed").map((r) => r.requirement.id)).toContain(
      "GH-ROUTE-001",
    );
  });
});
