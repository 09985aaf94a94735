import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";
import { expectRateLimited } from "./expect-problem";

// Every count is synced at once (GHORFA_KEY_SYNC_MS=0), so the only database statements are the
// ones requests make: a refused attempt must make none.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({
    env: { GHORFA_KEY_ATTEMPT_LIMIT: "5", GHORFA_RATE_WINDOW_SECONDS: "3600", GHORFA_KEY_SYNC_MS: "0" },
  });
});
afterAll(() => t.close());

const url = "/chambers/ma-09/members?limit=1";
const guess = (i: number) => `Bearer ghorfa_${String(i).padStart(43, "x")}`;

describe("guessing keys", () => {
  it("answers unknown keys from one address with 429 past the limit, without looking them up, and other addresses normally", async () => {
    const guesser = "203.0.113.7";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await t.app.inject({
        url,
        remoteAddress: guesser,
        headers: { authorization: guess(i) },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);

    const lookups = vi.spyOn(t.database.db, "execute");
    try {
      for (let i = 5; i < 25; i++) {
        const refused = await t.app.inject({
          url,
          remoteAddress: guesser,
          headers: { authorization: guess(i) },
        });
        expectRateLimited(refused);
      }
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      lookups.mockRestore();
    }

    const valid = await t.app.inject({
      url,
      remoteAddress: "198.51.100.4",
      headers: { authorization: t.keys.soussMassa },
    });
    expect(valid.statusCode).toBe(200);
    const unknownElsewhere = await t.app.inject({
      url,
      remoteAddress: "198.51.100.4",
      headers: { authorization: guess(99) },
    });
    expect(unknownElsewhere.statusCode).toBe(401);
    // The address is refused keys, not service: without a key it still gets the public view.
    const anonymous = await t.app.inject({ url, remoteAddress: guesser });
    expect(anonymous.statusCode).toBe(200);
  });

  it("counts an address's failed attempts in the database, where every replica adds to them", async () => {
    const rows = await t.database.db.query.rateLimits.findMany();
    expect(rows.find((row) => row.keyId === "key-attempts:203.0.113.7")?.count).toBe(5);
  });
});
