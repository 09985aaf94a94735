import { ChamberOverview } from "@ghorfa/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, reports } from "../src/services";
import { openTestApp, type TestApp } from "./app-fixture";
import { makeAccount, sessionCookieFor } from "./auth-helpers";

// The dashboard's report over HTTP: its answer, its refusals, who may read it.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { authorization: t.keys.soussMassa, ...headers } });

describe("GET /chambers/{chamberId}/reports/overview", () => {
  it("answers the month's figures, the rent roll's and the arrears report's totals among them", async () => {
    const response = await get("/chambers/ma-09/reports/overview?month=2026-01&asOf=2026-01-31");
    expect(response.statusCode, response.body).toBe(200);
    const body = ChamberOverview.parse(response.json());
    expect(body.rent.due).toEqual({ amount: 17_000_000, currency: "MAD" });
    const report = await reports.arrears(t.database.db, { chamberId: "ma-09", asOf: "2026-01-31" });
    expect(body.arrears.total.amount).toBe(report.total.outstanding);
    expect(body.members.total).toBeGreaterThan(0);
  });

  it("refuses a month that is not one with a localized 400, in each locale", async () => {
    const messages = new Set<string>();
    for (const [locale, month] of [
      ["fr-MA", "2026-13"],
      ["ar-MA", "janvier"],
      ["en", "2026-1"],
    ] as const) {
      const response = await get(`/chambers/ma-09/reports/overview?month=${month}`, {
        "accept-language": locale,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(response.headers["content-language"]).toBe(locale);
      expect(response.json().errors[0]).toMatchObject({ pointer: "/query/month" });
      messages.add(response.json().errors[0].message);
    }
    expect(messages.size).toBe(3);
    const missing = await get("/chambers/ma-09/reports/overview");
    expect(missing.statusCode).toBe(400);
    expect((await get("/chambers/ma-09/reports/overview?month=2026-01&asOf=2026-02-30")).statusCode).toBe(
      400,
    );
  });

  it("refuses another chamber's key as the other reports do", async () => {
    const headers = { authorization: t.keys.casablanca };
    const overview = await get("/chambers/ma-09/reports/overview?month=2026-01", headers);
    const arrears = await get("/chambers/ma-09/reports/arrears", headers);
    expect(overview.statusCode).toBe(arrears.statusCode);
    expect([401, 403, 404]).toContain(overview.statusCode);
    expect(overview.json().type).toBe(arrears.json().type);
    expect((await t.app.inject({ url: "/chambers/ma-09/reports/overview?month=2026-01" })).statusCode).toBe(
      (await t.app.inject({ url: "/chambers/ma-09/reports/arrears" })).statusCode,
    );
  });

  it("is refused to a member's session, and open to an agent's", async () => {
    const page = await members.list(t.database.db, { chamberId: "ma-09", limit: 1, status: "active" });
    const own = page.items[0];
    if (!own) throw new Error("the seed has active members");
    const member = await sessionCookieFor(t, await makeAccount(t, { role: "member", memberId: own.id }));
    const url = "/chambers/ma-09/reports/overview?month=2026-01";
    expect((await t.app.inject({ url, headers: { cookie: member } })).statusCode).toBe(403);
    const agent = await sessionCookieFor(t, await makeAccount(t, { role: "agent" }));
    expect((await t.app.inject({ url, headers: { cookie: agent } })).statusCode).toBe(200);
  });
});
