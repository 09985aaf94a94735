import type { MemberCreate } from "@ghorfa/contract";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Database } from "../db/connect";
import { idempotencyKeys, members as membersTable } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { transactionEndingWith } from "../db/transaction";
import {
  hashRequest,
  IDEMPOTENCY_TTL_SECONDS,
  isKeyTaken,
  type KeyedRequest,
  lookup,
  purgeExpired,
  record,
  recordStatement,
  releaseExpired,
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

/**
 * What the HTTP layer does around a write: the write, then its key, in one transaction that the
 * key's statement ends; when the key is taken or the write fails, the key's committed row (if
 * any) answers instead.
 */
async function runOnce(
  db: Database,
  request: KeyedRequest,
  write: (tx: Database) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  try {
    return await transactionEndingWith(db, write, (response) => recordStatement(request, response));
  } catch (error) {
    const earlier = await lookup(db, request);
    if (earlier.kind === "replay") return earlier.response;
    if (earlier.kind !== "none")
      return { status: earlier.kind === "conflict" ? 422 : 409, body: null, headers: {} };
    throw error;
  }
}

const createMember = (input: MemberCreate) => async (tx: Database) => {
  const created = await members.create(tx, { chamberId: "ma-09", input });
  return { status: 201, body: JSON.stringify(created.entity), headers: { etag: `"${created.version}"` } };
};

function createOnce(db: Database, key: string, body: MemberCreate): Promise<StoredResponse> {
  return runOnce(db, { ...scopeOf(key), requestHash: hashRequest(body) }, createMember(body));
}

const answered: StoredResponse = { status: 201, body: '{"n":1}', headers: { etag: '"1"' } };

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

  it("writes once when 50 racers with one key each make a different row, and answers all 50 alike", async () => {
    // Nothing in these writes conflicts but the key: every racer but one must lose it and roll
    // its own member back.
    const request = { ...scopeOf("race-distinct"), requestHash: hashRequest({ race: "distinct" }) };
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        runOnce(t.db, request, createMember(memberInput(100 + i, { legalName: "Idem Distinct SARL" }))),
      ),
    );
    expect(await countNamed(t.db, "Idem Distinct SARL")).toBe(1);
    for (const response of responses) expect(response).toEqual(responses[0]);
    expect(responses[0]?.status).toBe(201);
  });

  it("frees the key when the write rolls back, so a retry runs", async () => {
    const body = memberInput(3, { legalName: "Idem Rollback SARL" });
    await expect(
      t.db.transaction(async (tx) => {
        await record(tx, { ...scopeOf("rollback-1"), requestHash: hashRequest(body) }, answered);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await lookup(t.db, { ...scopeOf("rollback-1"), requestHash: hashRequest(body) })).toEqual({
      kind: "none",
    });
    expect((await createOnce(t.db, "rollback-1", body)).status).toBe(201);
    expect(await countNamed(t.db, "Idem Rollback SARL")).toBe(1);
  });

  it("records nothing for a write that fails, so its error is the answer and a retry runs", async () => {
    const taken = memberInput(6, { legalName: "Idem Taken ICE SARL" });
    await members.create(t.db, { chamberId: "ma-09", input: taken });
    const clash = { ...memberInput(7, { legalName: "Idem Clash SARL" }), identifiers: taken.identifiers };
    await expect(createOnce(t.db, "failed-1", clash)).rejects.toThrow();
    expect(await lookup(t.db, { ...scopeOf("failed-1"), requestHash: hashRequest(clash) })).toEqual({
      kind: "none",
    });
    const fixed = memberInput(7, { legalName: "Idem Clash SARL" });
    expect((await createOnce(t.db, "failed-1", fixed)).status).toBe(201);
  });

  it("keeps the key spaces of two callers apart", async () => {
    const hash = hashRequest({ n: 1 });
    await t.db.transaction((tx) => record(tx, { ...scopeOf("shared"), requestHash: hash }, answered));
    const other = { ...scopeOf("shared"), owner: "key_other", requestHash: hash };
    expect(await lookup(t.db, other)).toEqual({ kind: "none" });
    await t.db.transaction((tx) => record(tx, other, answered));
    expect(await lookup(t.db, other)).toEqual({ kind: "replay", response: answered });
  });

  it("says a key is in progress when its claim was committed without a response", async () => {
    // Only a node of the claim-first version could leave such a row; it holds its key until the TTL.
    const request = { ...scopeOf("dangling"), requestHash: hashRequest({ n: 2 }) };
    await t.db.insert(idempotencyKeys).values({ ...request, status: "in_progress" });
    expect(await lookup(t.db, request)).toEqual({ kind: "in_progress" });
    await expect(t.db.transaction((tx) => record(tx, request, answered))).rejects.toSatisfy(isKeyTaken);
    expect(await releaseExpired(t.db, request)).toBe(false);
  });

  it("takes over a key older than the TTL as new, and purges such keys", async () => {
    const hash = hashRequest({ n: 3 });
    const old = new Date(Date.now() - (IDEMPOTENCY_TTL_SECONDS + 60) * 1000);
    await t.db.insert(idempotencyKeys).values({
      ...scopeOf("expired"),
      requestHash: hashRequest({ other: true }),
      status: "done",
      responseStatus: 201,
      responseBody: "{}",
      responseHeaders: {},
      createdAt: old,
    });
    const request = { ...scopeOf("expired"), requestHash: hash };
    expect(await lookup(t.db, request)).toEqual({ kind: "none" });
    await expect(t.db.transaction((tx) => record(tx, request, answered))).rejects.toSatisfy(isKeyTaken);
    expect(await releaseExpired(t.db, request)).toBe(true);
    await t.db.transaction((tx) => record(tx, request, answered));
    expect(await lookup(t.db, request)).toEqual({ kind: "replay", response: answered });
    await t.db
      .insert(idempotencyKeys)
      .values({ ...scopeOf("expired-2"), requestHash: hash, status: "done", createdAt: old });
    expect(await purgeExpired(t.db)).toBeGreaterThanOrEqual(1);
    const left = await t.db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.owner, "key_test"), eq(idempotencyKeys.key, "expired-2")));
    expect(left).toEqual([]);
    const [taken] = await t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, "expired"));
    expect(taken?.createdAt.getTime()).toBeGreaterThan(old.getTime());
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

    it("keeps one row when racers through two pools make different rows under one key", async () => {
      const second = await connect({ databaseUrl: t.url, migrate: false });
      try {
        const request = { ...scopeOf("two-pools-distinct"), requestHash: hashRequest({ race: "pools" }) };
        const responses = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            runOnce(
              i % 2 === 0 ? t.db : second.db,
              request,
              createMember(memberInput(200 + i, { legalName: "Idem Two Pools Distinct SARL" })),
            ),
          ),
        );
        expect(await countNamed(t.db, "Idem Two Pools Distinct SARL")).toBe(1);
        for (const response of responses) expect(response).toEqual(responses[0]);
      } finally {
        await second.close();
      }
    });
  });
}
