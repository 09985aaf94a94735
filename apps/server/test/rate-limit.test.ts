import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";
import { expectRateLimited } from "./expect-problem";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ env: { GHORFA_RATE_LIMIT: "5", GHORFA_RATE_WINDOW_SECONDS: "3600" } });
});
afterAll(() => t.close());

describe("rate limits", () => {
  it("answers a key past its limit with 429, Retry-After and retryAfter, and other keys normally", async () => {
    const key = await t.keyFor("ma-09", ["members:read"]);
    const url = "/chambers/ma-09/members?limit=1";
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await t.app.inject({ url, headers: { authorization: key } })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);

    const refused = await t.app.inject({ url, headers: { authorization: key } });
    expectRateLimited(refused);

    const other = await t.keyFor("ma-09", ["members:read"]);
    expect((await t.app.inject({ url, headers: { authorization: other } })).statusCode).toBe(200);
  });
});
