import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyKeys, oneTimeTokens, rateLimits } from "../src/db/schema";
import { purgeStale } from "../src/http/housekeeping";
import { openTestApp, type TestApp } from "./app-fixture";

// The node purges on its own: a timer started with the app, here every 20 ms.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ env: { GHORFA_PURGE_INTERVAL_MS: "20", GHORFA_RATE_WINDOW_SECONDS: "60" } });
});
afterAll(() => t.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
const idempotencyRow = (key: string, createdAt: Date) => ({
  owner: "housekeeping-test",
  method: "POST",
  route: "/chambers/ma-09/members",
  key,
  requestHash: "0",
  status: "done" as const,
  responseStatus: 201,
  createdAt,
});

async function keysLeft(): Promise<{ idempotency: string[]; windows: string[] }> {
  const keys = await t.database.db.select().from(idempotencyKeys);
  const windows = await t.database.db.select().from(rateLimits);
  return {
    idempotency: keys.filter((row) => row.owner === "housekeeping-test").map((row) => row.key),
    windows: windows.filter((row) => row.keyId.startsWith("housekeeping-")).map((row) => row.keyId),
  };
}

describe("housekeeping", () => {
  it("purges idempotency keys past 24 hours and rate-limit windows that are over, and keeps the others", async () => {
    await t.database.db
      .insert(idempotencyKeys)
      .values([idempotencyRow("old", hoursAgo(25)), idempotencyRow("recent", hoursAgo(23))]);
    await t.database.db.insert(rateLimits).values([
      { keyId: "housekeeping-old", windowStart: hoursAgo(1), count: 3 },
      { keyId: "housekeeping-current", windowStart: new Date(), count: 3 },
    ]);
    let left = await keysLeft();
    for (
      let i = 0;
      i < 400 && (left.idempotency.includes("old") || left.windows.includes("housekeeping-old"));
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      left = await keysLeft();
    }
    expect(left).toEqual({ idempotency: ["recent"], windows: ["housekeeping-current"] });
  });

  it("purges one-time tokens past their expiry and keeps the live ones", async () => {
    const token = (id: string, expiresAt: Date) => ({
      id,
      purpose: "password-reset",
      subject: "housekeeping-test",
      createdAt: hoursAgo(48),
      expiresAt,
    });
    await t.database.db
      .insert(oneTimeTokens)
      .values([token("housekeeping-expired", hoursAgo(1)), token("housekeeping-live", hoursAgo(-1))]);
    const tokensLeft = async () =>
      (await t.database.db.select().from(oneTimeTokens))
        .map((row) => row.id)
        .filter((id) => id.startsWith("housekeeping-"));
    let left = await tokensLeft();
    for (let i = 0; i < 400 && left.includes("housekeeping-expired"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      left = await tokensLeft();
    }
    expect(left).toEqual(["housekeeping-live"]);
  });

  it("lets one replica purge at a time: two purges at once both end, and the rows are gone once", async () => {
    await t.database.db.insert(idempotencyKeys).values(idempotencyRow("twice", hoursAgo(30)));
    const results = await Promise.all([
      purgeStale(t.database.db, { windowSeconds: 60 }),
      purgeStale(t.database.db, { windowSeconds: 60 }),
    ]);
    const purged = results.reduce((sum, result) => sum + (result?.idempotencyKeys ?? 0), 0);
    expect(purged).toBeLessThanOrEqual(1);
    expect((await keysLeft()).idempotency).not.toContain("twice");
  });
});
