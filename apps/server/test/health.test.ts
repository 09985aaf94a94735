import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import type { Database } from "../src/db/connect";
import * as schema from "../src/db/schema";
import { Readiness } from "../src/http/health";
import { openTestApp, type TestApp } from "./app-fixture";

let test: TestApp;
beforeAll(async () => {
  test = await openTestApp({ env: { GHORFA_RATE_LIMIT: "1" } });
});
afterAll(() => test.close());

const silent = pino({ level: "silent" });

describe("/healthz and /readyz", () => {
  it("answer 200 without a key, past the rate limit and beside the portal's fallback", async () => {
    for (let i = 0; i < 5; i++) {
      const live = await test.app.inject({ method: "GET", url: "/healthz" });
      expect(live.statusCode).toBe(200);
      expect(live.json()).toEqual({ status: "live" });
      const ready = await test.app.inject({ method: "GET", url: "/readyz" });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: "ready" });
      expect(ready.headers["cache-control"]).toBe("no-store");
    }
    // The rate limit of 1 applies to everything else from that address.
    const limited = await test.app.inject({ method: "GET", url: "/chambers" });
    const again = await test.app.inject({ method: "GET", url: "/chambers" });
    expect([limited.statusCode, again.statusCode]).toContain(429);
  });

  it("/readyz answers 503 problem+json once the node drains, while /healthz stays 200", async () => {
    const app = await createApp({
      db: test.database.db,
      config: loadConfig({ GHORFA_PORTAL_DIR: "/nonexistent/ghorfa-portal", GHORFA_PURGE_INTERVAL_MS: "0" }),
      logger: silent,
    });
    try {
      expect((await app.inject({ method: "GET", url: "/readyz" })).statusCode).toBe(200);
      app.readiness.startDraining();
      const draining = await app.inject({ method: "GET", url: "/readyz" });
      expect(draining.statusCode).toBe(503);
      expect(draining.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(draining.json()).toMatchObject({ status: 503, reason: "draining" });
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("/readyz answers 503 when the database refuses connections", async () => {
    // A port that was free a moment ago: nothing listens there, so every connection is refused.
    const port = await freePort();
    const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/none` });
    pool.on("error", () => {});
    const app = await createApp({
      db: drizzle({ client: pool, schema }) as unknown as Database,
      config: loadConfig({ GHORFA_PORTAL_DIR: "/nonexistent/ghorfa-portal", GHORFA_PURGE_INTERVAL_MS: "0" }),
      logger: silent,
    });
    try {
      const answer = await app.inject({ method: "GET", url: "/readyz" });
      expect(answer.statusCode).toBe(503);
      expect(answer.json()).toMatchObject({ status: 503, reason: "database" });
      expect((await app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    } finally {
      await app.close();
      await pool.end();
    }
  });
  it("are answered, not the portal's page, when a browser asks for them on a node that serves the portal", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ghorfa-portal-"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>portal</title>");
    const app = await createApp({
      db: test.database.db,
      config: loadConfig({ GHORFA_PORTAL_DIR: dir, GHORFA_PURGE_INTERVAL_MS: "0" }),
      logger: silent,
    });
    try {
      for (const url of ["/healthz", "/readyz"]) {
        const answer = await app.inject({ method: "GET", url, headers: { accept: "text/html" } });
        expect(answer.statusCode, url).toBe(200);
        expect(answer.headers["content-type"], url).toMatch(/^application\/json/);
        expect((await app.inject({ method: "HEAD", url })).statusCode, url).toBe(200);
      }
      // The fallback still serves the app's own addresses.
      const page = await app.inject({ method: "GET", url: "/members", headers: { accept: "text/html" } });
      expect(page.body).toContain("portal");
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("Readiness", () => {
  it("calls a database that does not answer within its bound unreachable, with one ping for concurrent checks", async () => {
    let pings = 0;
    const readiness = new Readiness({
      ping: () => {
        pings += 1;
        return new Promise(() => {});
      },
      timeoutMs: 50,
      logger: silent,
    });
    expect(await Promise.all([readiness.check(), readiness.check(), readiness.check()])).toEqual([
      "database",
      "database",
      "database",
    ]);
    expect(pings).toBe(1);
    expect(await readiness.check()).toBe("database");
    expect(pings).toBe(2);
  });

  it("is ready again once the database answers", async () => {
    let up = false;
    const readiness = new Readiness({
      ping: () => (up ? Promise.resolve() : Promise.reject(new Error("ECONNREFUSED"))),
      timeoutMs: 1_000,
      logger: silent,
    });
    expect(await readiness.check()).toBe("database");
    up = true;
    expect(await readiness.check()).toBeNull();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
