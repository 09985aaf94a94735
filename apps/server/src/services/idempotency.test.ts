import type { MemberCreate } from "@ghorfa/contract";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Database } from "../db/connect";
import { idempotencyKeys, members as membersTable } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import {
  claim,
  complete,
  hashRequest,
  IDEMPOTENCY_TTL_SECONDS,
  purgeExpired,
  type StoredResponse,
} from "./idempotency";
import * as members from "./members";
import { memberInput } from "./test-inputs";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const scopeOf = (key: string) => ({
  owner: "key_test",
  method: "POST",
  route: "/chambers/ma-09/members",
  key,
});

/** What the HTTP layer does around a create: claim, write, complete — one transaction. */
function createOnce(db: Database, key: string, body: MemberCreate): Promise<StoredResponse> {
  return db.transaction(async (tx) => {
    const scope = scopeOf(key);
    const claimed = await claim(tx, { ...scope, requestHash: hashRequest(body) });
    if (claimed.kind === "replay") return claimed.response;
    if (claimed.kind !== "new")
      return { status: claimed.kind === "conflict" ? 422 : 409, body: null, headers: {} };
    const created = await members.create(tx, { chamberId: "ma-09", input: body });
    const response = { status: 201, body: created.entity, headers: { etag: `"${created.version}"` } };
    await complete(tx, scope, response);
    return response;
  });
}

async function countNamed(db: Database, legalName: string): Promise<number> {
  const rows = await db
    .select({ id: membersTable.id })
    .from(membersTable)
    .where(sql`${membersTable.data}->>'legalName' = ${legalName}`);
  return rows.length;
}

describe("idempotency keys", () => {
  it("replays the first response to a repeat, and refuses the key with another body", async () => {
    const body = memberInput(1, { legalName: "Idem Replay SARL" });
    const first = await createOnce(t.db, "replay-1", body);
    expect(first.status).toBe(201);
    expect(await createOnce(t.db, "replay-1", { ...body })).toEqual(first);
    expect((await createOnce(t.db, "replay-1", { ...body, legalName: "Other SARL" })).status).toBe(422);
    expect(await countNamed(t.db, "Idem Replay SARL")).toBe(1);
    expect(await countNamed(t.db, "Other SARL")).toBe(0);
  });

  it("hashes a body the same whatever the order of its keys", () => {
    expect(hashRequest({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      hashRequest({ b: { d: "x", c: [1, 2] }, a: 1 }),
    );
    expect(hashRequest({ a: 1 })).not.toBe(hashRequest({ a: 2 }));
    expect(hashRequest({ a: [1, 2] })).not.toBe(hashRequest({ a: [2, 1] }));
  });

  it("writes once when 50 identical requests race, and answers all 50 alike", async () => {
    const body = memberInput(2, { legalName: "Idem Race SARL" });
    const responses = await Promise.all(Array.from({ length: 50 }, () => createOnce(t.db, "race-1", body)));
    expect(await countNamed(t.db, "Idem Race SARL")).toBe(1);
    for (const response of responses) expect(response).toEqual(responses[0]);
    expect(responses[0]?.status).toBe(201);
  });

  it("frees the key when the write rolls back, so a retry runs", async () => {
    const body = memberInput(3, { legalName: "Idem Rollback SARL" });
    await expect(
      t.db.transaction(async (tx) => {
        await claim(tx, { ...scopeOf("rollback-1"), requestHash: hashRequest(body) });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect((await createOnce(t.db, "rollback-1", body)).status).toBe(201);
    expect(await countNamed(t.db, "Idem Rollback SARL")).toBe(1);
  });

  it("keeps the key spaces of two callers apart", async () => {
    const hash = hashRequest({ n: 1 });
    await t.db.transaction(async (tx) => {
      expect(await claim(tx, { ...scopeOf("shared"), requestHash: hash })).toEqual({ kind: "new" });
      await complete(tx, scopeOf("shared"), { status: 201, body: { n: 1 }, headers: {} });
    });
    const other = { ...scopeOf("shared"), owner: "key_other" };
    expect(await t.db.transaction((tx) => claim(tx, { ...other, requestHash: hash }))).toEqual({
      kind: "new",
    });
  });

  it("says a key is in progress when its claim was committed without a response", async () => {
    const hash = hashRequest({ n: 2 });
    expect(await claim(t.db, { ...scopeOf("dangling"), requestHash: hash })).toEqual({ kind: "new" });
    expect(await claim(t.db, { ...scopeOf("dangling"), requestHash: hash })).toEqual({ kind: "in_progress" });
  });

  it("takes over a key older than the TTL as new, and purges such keys", async () => {
    const hash = hashRequest({ n: 3 });
    const old = new Date(Date.now() - (IDEMPOTENCY_TTL_SECONDS + 60) * 1000);
    await t.db.insert(idempotencyKeys).values({
      ...scopeOf("expired"),
      requestHash: hashRequest({ other: true }),
      status: "done",
      responseStatus: 201,
      responseBody: {},
      responseHeaders: {},
      createdAt: old,
    });
    expect(await t.db.transaction((tx) => claim(tx, { ...scopeOf("expired"), requestHash: hash }))).toEqual({
      kind: "new",
    });
    await t.db
      .insert(idempotencyKeys)
      .values({ ...scopeOf("expired-2"), requestHash: hash, status: "done", createdAt: old });
    expect(await purgeExpired(t.db)).toBeGreaterThanOrEqual(1);
    const left = await t.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.owner, "key_test"), eq(idempotencyKeys.key, "expired-2")));
    expect(left).toEqual([]);
  });
});

// Two pools share nothing in memory: only the database can make them write once. Registered
// only on PostgreSQL (a PGlite database belongs to one process), so PGlite runs skip nothing.
if (process.env.GHORFA_TEST_DATABASE_URL) {
  describe("idempotency keys across processes", () => {
    it("writes once when identical requests race through two separate pools", async () => {
      const second = await connect({ databaseUrl: t.url, migrate: false });
      try {
        const body = memberInput(4, { legalName: "Idem Two Pools SARL" });
        const responses = await Promise.all(
          Array.from({ length: 40 }, (_, i) => createOnce(i % 2 === 0 ? t.db : second.db, "two-pools", body)),
        );
        expect(await countNamed(t.db, "Idem Two Pools SARL")).toBe(1);
        for (const response of responses) expect(response).toEqual(responses[0]);
      } finally {
        await second.close();
      }
    });
  });
}
