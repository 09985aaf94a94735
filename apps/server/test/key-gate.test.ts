import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { openTestDatabase, type TestDatabase } from "../src/db/testing";
import { apiKeys } from "../src/services";

// Two apps over one database, as two replicas behind a load balancer: they share nothing else.
let database: TestDatabase;
let apps: Awaited<ReturnType<typeof createApp>>[] = [];
const OPERATOR = "ghorfa_gate-test-operator-key-000000000000";

beforeAll(async () => {
  database = await openTestDatabase();
  const config = loadConfig({
    GHORFA_RATE_LIMIT: "10",
    GHORFA_RATE_WINDOW_SECONDS: "3600",
    GHORFA_KEY_SYNC_MS: "100",
    GHORFA_ADMIN_KEY: OPERATOR,
  });
  apps = [
    await createApp({ db: database.db, config, logger: pino({ level: "silent" }) }),
    await createApp({ db: database.db, config, logger: pino({ level: "silent" }) }),
  ];
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const url = "/chambers/ma-09/members?limit=1";

describe("keys and rate limits across replicas", () => {
  it("counts a key's requests on both replicas against one limit", async () => {
    const { secret } = await apiKeys.create(database.db, {
      chamberId: "ma-09",
      name: "shared",
      scopes: ["members:read"],
    });
    const headers = { authorization: `Bearer ${secret}` };
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const app = apps[i % 2];
      statuses.push((await app?.inject({ url, headers }))?.statusCode ?? 0);
      // Each replica tells the database what it counted before the other asks again.
      await wait(120);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  });

  it("refuses a key revoked through one replica on the other within the sync interval", async () => {
    const created = await apiKeys.create(database.db, {
      chamberId: "ma-09",
      name: "revoked",
      scopes: ["members:read"],
    });
    const headers = { authorization: `Bearer ${created.secret}` };
    expect((await apps[1]?.inject({ url, headers }))?.statusCode).toBe(200);
    const revoked = await apps[0]?.inject({
      method: "DELETE",
      url: `/admin/keys/${created.id}`,
      headers: { authorization: `Bearer ${OPERATOR}` },
    });
    expect(revoked?.statusCode).toBe(204);
    expect((await apps[0]?.inject({ url, headers }))?.statusCode).toBe(401);
    await wait(150);
    expect((await apps[1]?.inject({ url, headers }))?.statusCode).toBe(401);
  });

  it("refuses an unknown key every time, and never counts it as a known one", async () => {
    const headers = { authorization: "Bearer ghorfa_not-a-key-not-a-key-not-a-key-00" };
    for (let i = 0; i < 3; i++) expect((await apps[i % 2]?.inject({ url, headers }))?.statusCode).toBe(401);
  });
});
