import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leases } from "../src/services";
import { leaseInput, tenantAndUnit } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

let t: TestApp;
let leaseId: string;
beforeAll(async () => {
  t = await openTestApp();
  const refs = await tenantAndUnit(t.database.db, "ma-09", 7001);
  const lease = await leases.create(t.database.db, {
    chamberId: "ma-09",
    input: leaseInput(refs, { start: "2030-01-01", termMonths: 60 }),
  });
  leaseId = lease.entity.id;
  await leases.setStatus(t.database.db, { chamberId: "ma-09", id: leaseId, status: "active" });
});
afterAll(() => t.close());

const pay = (n: number, key = `pay-${n}`) =>
  t.app.inject({
    method: "POST",
    url: `/chambers/ma-09/leases/${leaseId}/payments`,
    headers: { authorization: t.keys.soussMassa, "idempotency-key": key, "content-type": "application/json" },
    payload: {
      kind: "charges",
      amount: { amount: 100 * (n + 1), currency: "MAD" },
      method: "cash",
      paidOn: "2031-02-01",
      reference: `R-${n}`,
    },
  });

describe("receipts", () => {
  it("numbers 200 concurrent payments 1 to 200 in their year, with no gap and no duplicate", async () => {
    const responses = await Promise.all(Array.from({ length: 200 }, (_, n) => pay(n)));
    for (const response of responses) expect(response.statusCode, response.body).toBe(201);
    const numbers = responses.map((r) => r.json().receiptNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => `2031-${String(i + 1).padStart(6, "0")}`));
  });

  it("records a retried payment once", async () => {
    const first = await pay(500, "retried-payment");
    const retry = await pay(500, "retried-payment");
    expect(retry.json().receiptNumber).toBe(first.json().receiptNumber);
    const list = await t.app.inject({
      url: `/chambers/ma-09/leases/${leaseId}/payments?limit=100&kind=charges`,
      headers: { authorization: t.keys.soussMassa },
    });
    const all: { reference?: string }[] = [];
    let page = list.json();
    all.push(...page.items);
    while (page.nextCursor) {
      page = (
        await t.app.inject({
          url: `/chambers/ma-09/leases/${leaseId}/payments?limit=100&kind=charges&cursor=${page.nextCursor}`,
          headers: { authorization: t.keys.soussMassa },
        })
      ).json();
      all.push(...page.items);
    }
    expect(all.filter((p) => p.reference === "R-500")).toHaveLength(1);
  });

  it.each([
    ["fr-MA", "fr-MA", /dirhams/],
    ["ar-MA", "ar-MA", /درهم/],
    ["en", "en", /dirhams/],
    ["zgh", "ar-MA", /درهم/],
  ])(
    "writes the amount in words for Accept-Language %s (Content-Language %s)",
    async (asked, language, words) => {
      const payment = (await pay(900, `words-${asked}`)).json();
      const response = await t.app.inject({
        url: `/chambers/ma-09/receipts/${payment.receiptNumber}`,
        headers: { authorization: t.keys.soussMassa, "accept-language": asked },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-language"]).toBe(language);
      expect(response.json().amountInWords).toMatch(words);
    },
  );
});
