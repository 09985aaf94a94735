import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/connect";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { authenticate as authenticateHash, create, hashSecret, list, revoke, verify } from "./api-keys";
import { NotFoundError } from "./errors";
import { resultOf } from "./rate-limits";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("api keys", () => {
  it("returns a secret once and stores only its sha256", async () => {
    const created = await create(t.db, { chamberId: "ma-09", name: "front desk", scopes: ["members:read"] });
    expect(created.secret).toMatch(/^ghorfa_[A-Za-z0-9_-]{43}$/);
    expect(hashSecret(created.secret)).toBe(createHash("sha256").update(created.secret).digest("hex"));

    const stored = await t.db.execute(
      sql`select row_to_json(k)::text as row from api_keys k where id = ${created.id}`,
    );
    const row = (stored as unknown as { rows: { row: string }[] }).rows[0]?.row ?? "";
    expect(row).toContain(hashSecret(created.secret));
    expect(row).not.toContain(created.secret);
    expect(row).not.toContain(created.secret.slice(7));
  });

  it("knows a key by its secret, with its chamber and scopes, and nobody by another secret", async () => {
    const created = await create(t.db, {
      chamberId: "ma-06",
      name: "ops",
      scopes: ["leases:read", "leases:write"],
    });
    expect(await verify(t.db, created.secret)).toEqual({
      id: created.id,
      chamberId: "ma-06",
      scopes: ["leases:read", "leases:write"],
    });
    expect(await verify(t.db, `${created.secret}x`)).toBeUndefined();
    expect(await verify(t.db, "ghorfa_0000000000000000000000000000000000000000000")).toBeUndefined();
  });

  it("stops a revoked key at once, and revoking it again changes nothing", async () => {
    const created = await create(t.db, { chamberId: "ma-09", name: "temp", scopes: ["members:read"] });
    const revoked = await revoke(t.db, created.id);
    expect(revoked.revokedAt).not.toBeNull();
    expect(await verify(t.db, created.secret)).toBeUndefined();
    expect(await revoke(t.db, created.id)).toEqual(revoked);
  });

  it("stops a key after its expiry", async () => {
    const expiresAt = "2030-01-01T00:00:00.000Z";
    const created = await create(t.db, {
      chamberId: "ma-09",
      name: "until 2030",
      scopes: ["members:read"],
      expiresAt,
    });
    expect(created.expiresAt).toBe(expiresAt);
    expect(await verify(t.db, created.secret, new Date("2029-12-31T23:59:59Z"))).toBeDefined();
    expect(await verify(t.db, created.secret, new Date(expiresAt))).toBeUndefined();
  });

  it("refuses a key for a chamber this node does not host, and revoking an unknown key", async () => {
    await expect(
      create(t.db, { chamberId: "ma-01", name: "x", scopes: ["members:read"] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(revoke(t.db, "key_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists keys of one chamber page by page, without secrets or hashes", async () => {
    const made = [];
    for (const name of ["a", "b", "c"]) {
      made.push(await create(t.db, { chamberId: "ma-06", name: `list ${name}`, scopes: ["members:read"] }));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(t.db, { chamberId: "ma-06", limit: 2, cursor });
      for (const key of page.items) {
        expect(key.chamberId).toBe("ma-06");
        expect(Object.keys(key).sort()).toEqual(
          ["chamberId", "createdAt", "expiresAt", "id", "name", "revokedAt", "scopes"].sort(),
        );
        seen.push(key.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(made.map((key) => key.id)));
  });
});

/** One request with `secret`: its key, and what the key's window means under `limit`. */
async function authenticate(
  db: Database,
  request: { secret: string; limit: number; windowSeconds: number; now: Date },
) {
  const found = await authenticateHash(db, { ...request, secretHash: hashSecret(request.secret) });
  return found && { key: found.key, rate: resultOf(found, request.limit) };
}

describe("authenticate", () => {
  it("finds the key and counts the request against its limit in one step", async () => {
    const created = await create(t.db, { chamberId: "ma-09", name: "auth", scopes: ["members:read"] });
    const now = new Date("2026-01-30T09:00:10Z");
    const request = { secret: created.secret, limit: 2, windowSeconds: 60, now };
    const first = await authenticate(t.db, request);
    expect(first).toEqual({
      key: { id: created.id, chamberId: "ma-09", scopes: ["members:read"] },
      rate: { allowed: true, limit: 2, remaining: 1, retryAfter: 50 },
    });
    await authenticate(t.db, request);
    expect((await authenticate(t.db, request))?.rate).toEqual({
      allowed: false,
      limit: 2,
      remaining: 0,
      retryAfter: 50,
    });
  });

  it("counts nothing for a secret that opens no key", async () => {
    const created = await create(t.db, {
      chamberId: "ma-09",
      name: "auth revoked",
      scopes: ["members:read"],
    });
    await revoke(t.db, created.id);
    const request = { limit: 1, windowSeconds: 60, now: new Date("2026-01-30T09:00:00Z") };
    expect(await authenticate(t.db, { ...request, secret: created.secret })).toBeUndefined();
    expect(
      await authenticate(t.db, { ...request, secret: "ghorfa_unknown_unknown_unknown_unknown_x" }),
    ).toBeUndefined();
    const rows = await t.db.execute(
      sql`select count(*)::int as n from rate_limits where key_id = ${created.id}`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });
});
