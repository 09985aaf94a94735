import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leases } from "../src/services";
import { leaseInput, tenantAndUnit } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

// Issue 10: no request takes the node down, and no record it accepted makes a later read fail.
let t: TestApp;
let n = 40_000;

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const headers = () => ({ authorization: t.keys.soussMassa, "accept-language": "fr-MA" });
const get = (url: string) => t.app.inject({ method: "GET", url, headers: headers() });
const post = (url: string, payload: object) =>
  t.app.inject({ method: "POST", url, headers: { ...headers(), "idempotency-key": `k-${n++}` }, payload });

/** An active lease of ma-09 from `start`, until further notice unless the overrides say. */
async function activeLease(start: string, overrides: Parameters<typeof leaseInput>[1] = {}) {
  const refs = await tenantAndUnit(t.database.db, "ma-09", n++);
  const { termMonths: _, ...open } = leaseInput(refs, { start, ...overrides });
  const draft = await leases.create(t.database.db, { chamberId: "ma-09", input: open });
  const active = await leases.setStatus(t.database.db, {
    chamberId: "ma-09",
    id: draft.entity.id,
    status: "active",
    ifVersion: draft.version,
  });
  return active.entity;
}

/** Every report and every list route of ma-09 answers 200. */
async function expectReadsAnswer(leaseId: string) {
  const urls = [
    "/chambers/ma-09/reports/rent-roll?month=2026-01",
    "/chambers/ma-09/reports/rent-roll?month=2199-12",
    "/chambers/ma-09/reports/arrears",
    "/chambers/ma-09/reports/arrears?asOf=2199-12-31",
    "/chambers/ma-09/reports/overview?month=2026-01",
    "/chambers/ma-09/reports/overview?month=2199-12&asOf=2199-12-31",
    "/chambers/ma-09/leases",
    `/chambers/ma-09/leases/${leaseId}`,
    `/chambers/ma-09/leases/${leaseId}/payments`,
    "/chambers/ma-09/members",
    "/chambers/ma-09/units",
    "/chambers/ma-09/agreements",
    "/chambers",
  ];
  for (const url of urls) expect((await get(url)).statusCode, url).toBe(200);
}

const codesOf = (response: { json(): { errors?: { code: string }[] } }) =>
  (response.json().errors ?? []).map((error) => error.code);

describe("far dates and months", () => {
  it("refuses a rent roll for 9999-12 with a localized 400 (it made the node loop until out of memory)", async () => {
    const refused = await get("/chambers/ma-09/reports/rent-roll?month=9999-12");
    expect(refused.statusCode).toBe(400);
    expect(codesOf(refused)).toEqual(["date_out_of_range"]);
    expect(refused.json().errors[0].message).toContain("1900");
    expect((await get("/chambers/ma-09/reports/arrears?asOf=9999-12-31")).statusCode).toBe(400);
  });

  it("refuses a payment dated year 0, or for a period far ahead, and leaves the reports answering", async () => {
    const lease = await activeLease("2026-01-01");
    const url = `/chambers/ma-09/leases/${lease.id}/payments`;
    const rent = { kind: "rent", amount: { amount: 500_000, currency: "MAD" }, method: "cash" };
    const yearZero = await post(url, {
      ...rent,
      period: { from: "2026-01", to: "2026-01" },
      paidOn: "0000-01-05",
    });
    expect(yearZero.statusCode).toBe(400);
    expect(codesOf(yearZero)).toContain("date_out_of_range");
    const farAhead = await post(url, {
      ...rent,
      period: { from: "2199-12", to: "2199-12" },
      paidOn: "2026-01-05",
    });
    expect(farAhead.statusCode).toBe(400);
    expect(codesOf(farAhead)).toEqual(["payment_period_ahead"]);
    const beyond = await post(url, {
      ...rent,
      period: { from: "9999-12", to: "9999-12" },
      paidOn: "2026-01-05",
    });
    expect(beyond.statusCode).toBe(400);
    await expectReadsAnswer(lease.id);
  });
});

describe("money in another currency", () => {
  it("refuses a payment in EUR on a MAD lease, and a lease in EUR, with a localized 400", async () => {
    // The lease and its payment are in the books currency; EUR is refused before the lease is read.
    const lease = await activeLease("2026-01-01");
    const euros = await post(`/chambers/ma-09/leases/${lease.id}/payments`, {
      kind: "rent",
      period: { from: "2026-01", to: "2026-01" },
      amount: { amount: 500_000, currency: "EUR" },
      method: "cash",
      paidOn: "2026-01-05",
    });
    expect(euros.statusCode).toBe(400);
    expect(euros.json().errors).toEqual([
      {
        pointer: "/body/amount/currency",
        code: "books_currency",
        message: expect.stringContaining("la comptabilité d'une chambre est tenue en dirhams (MAD)."),
      },
    ]);
    const refs = await tenantAndUnit(t.database.db, "ma-09", n++);
    const eur = (amount: number) => ({ amount, currency: "EUR" });
    const leaseInEuros = await post("/chambers/ma-09/leases", {
      ...leaseInput(refs),
      monthlyRent: eur(500_000),
      deposit: eur(1_000_000),
    });
    expect(leaseInEuros.statusCode).toBe(400);
    expect(codesOf(leaseInEuros)).toContain("books_currency");
    await expectReadsAnswer(lease.id);
  });

  it("refuses rent for months outside the lease", async () => {
    const lease = await activeLease("2026-03-15", { termMonths: 12 });
    const outside = await post(`/chambers/ma-09/leases/${lease.id}/payments`, {
      kind: "rent",
      period: { from: "2026-01", to: "2026-03" },
      amount: { amount: 500_000, currency: "MAD" },
      method: "cash",
      paidOn: "2026-03-15",
    });
    expect(outside.statusCode).toBe(400);
    expect(codesOf(outside)).toEqual(["payment_period_outside_lease"]);
  });
});

describe("accepted writes never make a read fail", () => {
  it("leaves every report and list answering 200 after payments of far dates, periods and currencies", async () => {
    const lease = await activeLease("1900-01-01");
    const month = fc
      .tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    const day = month.map((m) => `${m}-05`);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          from: month,
          to: month,
          paidOn: fc.oneof(day, fc.constantFrom("0000-01-05", "9999-12-05", "2026-02-05")),
          currency: fc.constantFrom("MAD", "EUR", "XOF"),
          amount: fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.constant(Number.MAX_SAFE_INTEGER)),
        }),
        async ({ from, to, paidOn, currency, amount }) => {
          const response = await post(`/chambers/ma-09/leases/${lease.id}/payments`, {
            kind: "rent",
            period: from <= to ? { from, to } : { from: to, to: from },
            amount: { amount, currency },
            method: "cash",
            paidOn,
          });
          expect([201, 400]).toContain(response.statusCode);
        },
      ),
      { seed: 10, numRuns: 40 },
    );
    await expectReadsAnswer(lease.id);
  });
});

describe("a heavy report", () => {
  it("lets the node answer other requests while it computes", async () => {
    // Leases since 1900, until further notice: some 1,500 months each to count.
    const many = [];
    for (let i = 0; i < 60; i++) many.push(await activeLease("1900-01-01"));
    const heavy = get("/chambers/ma-09/reports/arrears?asOf=2026-01-31").then((response) => ({
      response,
      cheapBefore: cheap,
    }));
    let cheap = 0;
    let done = false;
    void heavy.then(() => {
      done = true;
    });
    while (!done) {
      // A request from the network arrives on a later turn of the event loop, as here.
      await new Promise((resolve) => setImmediate(resolve));
      expect((await t.app.inject({ method: "GET", url: "/.well-known/ghorfa" })).statusCode).toBe(200);
      cheap++;
    }
    const { response, cheapBefore } = await heavy;
    expect(response.statusCode).toBe(200);
    expect(response.json().leases.length).toBeGreaterThanOrEqual(many.length);
    expect(cheapBefore).toBeGreaterThan(0);
  });
});
