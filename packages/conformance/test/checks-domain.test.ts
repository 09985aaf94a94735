import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disagreementOf, parseReceiptNumber } from "../src/checks/domain";
import { outcomes, runOnly, withJson } from "./broken-node";

let node: TestNode;
beforeAll(async () => {
  node = await startNode();
});
afterAll(async () => {
  await node?.close();
});

const DOMAIN = ["GH-DOMAIN-001", "GH-DOMAIN-002"] as const;

const number = (year: number, sequence: number) => `${year}-${String(sequence).padStart(6, "0")}`;

/**
 * A node that skips a receipt number: from the run's second payment on, every number is one
 * more than the node's, and the skipped one is found nowhere.
 */
function skipsANumber(): typeof globalThis.fetch {
  let payments = 0;
  let skipped: { year: number; sequence: number } | undefined;
  return async (input, init) => {
    const url = new URL(String(input));
    const receipt = /\/receipts\/(\d{4}-\d{6})$/.exec(url.pathname);
    const asked = receipt ? parseReceiptNumber(receipt[1]) : undefined;
    if (asked && skipped && asked.year === skipped.year && asked.sequence >= skipped.sequence) {
      if (asked.sequence === skipped.sequence) {
        return new Response(JSON.stringify({ type: "https://ghorfa.ma/problems/not-found", status: 404 }), {
          status: 404,
          headers: { "content-type": "application/problem+json" },
        });
      }
      url.pathname = url.pathname.replace(/\d{4}-\d{6}$/, number(asked.year, asked.sequence - 1));
      const answer = await fetch(url, init);
      const body = (await answer.json()) as { payment?: { receiptNumber?: string } };
      if (body.payment) body.payment.receiptNumber = receipt?.[1];
      return withJson(answer, body);
    }
    const answer = await fetch(input, init);
    if (init?.method !== "POST" || !url.pathname.endsWith("/payments") || answer.status !== 201)
      return answer;
    const payment = (await answer.json()) as { receiptNumber?: string };
    const given = parseReceiptNumber(payment.receiptNumber);
    payments += 1;
    if (given && payments === 2) skipped = given;
    if (given && skipped && given.year === skipped.year && given.sequence >= skipped.sequence) {
      payment.receiptNumber = number(given.year, given.sequence + 1);
    }
    return withJson(answer, payment);
  };
}

/** A node whose rent roll changes one line's `due`, and its total with it when `total` says so. */
function changesALine(options: { readonly total: boolean }): typeof globalThis.fetch {
  return async (input, init) => {
    const answer = await fetch(input, init);
    if (!new URL(String(input)).pathname.endsWith("/reports/rent-roll") || answer.status !== 200)
      return answer;
    const roll = (await answer.json()) as { total: number; lines: { due: number }[] };
    const line = roll.lines[0];
    if (line) {
      line.due += 100;
      if (options.total) roll.total += 100;
    }
    return withJson(answer, roll);
  };
}

describe("the domain checks", () => {
  it("hold on the reference node", async () => {
    const run = await runOnly(node, DOMAIN);
    expect(outcomes(run)).toEqual({ "GH-DOMAIN-001": "passed", "GH-DOMAIN-002": "passed" });
    expect(run.written.some((w) => /\/leases\/[^/]+\/payments\//.test(w.path))).toBe(true);
  });

  it("find a receipt number skipped", async () => {
    const found = outcomes(await runOnly(node, ["GH-DOMAIN-001"], skipsANumber()));
    expect(found["GH-DOMAIN-001"]).toMatch(/^failed: .*receipt \d{4}-\d{6} exists/);
  });

  it("find a rent roll whose total is not the sum of its lines", async () => {
    const found = outcomes(await runOnly(node, ["GH-DOMAIN-002"], changesALine({ total: false })));
    expect(found["GH-DOMAIN-002"]).toMatch(/^failed: a total equal to the sum of the lines' due/);
  });

  it("find a rent roll line that owes other than its lease", async () => {
    const found = outcomes(await runOnly(node, ["GH-DOMAIN-002"], changesALine({ total: true })));
    expect(found["GH-DOMAIN-002"]).toMatch(/^failed: the line of lse_\S+ agrees with the lease \/ due \d+/);
  });
});

describe("a rent roll line against its lease", () => {
  const lease = {
    tenantId: "mem_1",
    unitId: "unt_1",
    start: "2026-01-11",
    termMonths: 12,
    monthlyRent: { amount: 310_000 },
  };
  const line = { leaseId: "lse_1", tenantId: "mem_1", unitId: "unt_1", monthlyRent: 310_000 };

  it("owes the whole rent in a full month, and the days' share at the start", () => {
    expect(disagreementOf({ ...line, due: 310_000, isProRata: false }, lease, "2026-02")).toBeUndefined();
    // 21 of 31 days.
    expect(disagreementOf({ ...line, due: 210_000, isProRata: true }, lease, "2026-01")).toBeUndefined();
    expect(disagreementOf({ ...line, due: 210_001, isProRata: true }, lease, "2026-01")).toMatch(/^due/);
  });

  it("ends the day before the term's anniversary", () => {
    // 10 of 31 days of January 2027.
    expect(disagreementOf({ ...line, due: 100_000, isProRata: true }, lease, "2027-01")).toBeUndefined();
    expect(disagreementOf({ ...line, due: 310_000, isProRata: false }, lease, "2027-01")).toMatch(
      /isProRata/,
    );
  });

  it("names the tenant and the rent of another lease", () => {
    expect(
      disagreementOf({ ...line, tenantId: "mem_2", due: 310_000, isProRata: false }, lease, "2026-02"),
    ).toMatch(/^tenant/);
    expect(disagreementOf({ ...line, monthlyRent: 1, due: 1, isProRata: false }, lease, "2026-02")).toMatch(
      /^monthly rent/,
    );
  });
});
