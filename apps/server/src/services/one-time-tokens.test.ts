import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { hashToken, issue, purgeExpired, redeem } from "./one-time-tokens";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const T0 = at("2026-03-01T10:00:00Z");

async function rowsOf(subject: string): Promise<Record<string, unknown>[]> {
  const result = await t.db.execute(
    sql`select row_to_json(o)::text as row from one_time_tokens o where subject = ${subject} order by created_at`,
  );
  return (result as unknown as { rows: { row: string }[] }).rows.map((r) => JSON.parse(r.row));
}

describe("one-time tokens", () => {
  it("returns 32 random bytes in base64url and stores only their sha256", async () => {
    const { token, expiresAt } = await issue(t.db, {
      purpose: "password-reset",
      subject: "acc_store",
      chamberId: "ma-09",
      ttlMinutes: 30,
      now: T0,
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(expiresAt).toEqual(at("2026-03-01T10:30:00Z"));
    const rows = await rowsOf("acc_store");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: hashToken(token), purpose: "password-reset", chamber_id: "ma-09" });
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("gives the subject to the first redeem and refuses the token after that", async () => {
    const { token } = await issue(t.db, {
      purpose: "password-reset",
      subject: "acc_once",
      ttlMinutes: 30,
      now: T0,
    });
    const now = at("2026-03-01T10:10:00Z");
    expect(await redeem(t.db, { purpose: "password-reset", token, now })).toEqual({
      ok: true,
      subject: "acc_once",
      chamberId: null,
    });
    expect(await redeem(t.db, { purpose: "password-reset", token, now })).toEqual({
      ok: false,
      reason: "used",
    });
    expect((await rowsOf("acc_once"))[0]?.used_at).not.toBeNull();
  });

  it("lets exactly one of two concurrent redeems of a token win", async () => {
    const { token } = await issue(t.db, {
      purpose: "password-reset",
      subject: "acc_race",
      ttlMinutes: 30,
      now: T0,
    });
    const now = at("2026-03-01T10:05:00Z");
    const results = await Promise.all([
      redeem(t.db, { purpose: "password-reset", token, now }),
      redeem(t.db, { purpose: "password-reset", token, now }),
    ]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, subject: "acc_race", chamberId: null }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "used" }]);
  });

  it("refuses a token at and after its expiry, and accepts it just before", async () => {
    const { token } = await issue(t.db, {
      purpose: "password-reset",
      subject: "acc_exp",
      ttlMinutes: 15,
      now: T0,
    });
    expect(await redeem(t.db, { purpose: "password-reset", token, now: at("2026-03-01T10:15:00Z") })).toEqual(
      {
        ok: false,
        reason: "expired",
      },
    );
    expect(await redeem(t.db, { purpose: "password-reset", token, now: at("2026-03-02T00:00:00Z") })).toEqual(
      {
        ok: false,
        reason: "expired",
      },
    );
    const live = await redeem(t.db, { purpose: "password-reset", token, now: at("2026-03-01T10:14:59Z") });
    expect(live.ok).toBe(true);
  });

  it("refuses a token of another purpose without spending it, and a token never issued", async () => {
    const { token } = await issue(t.db, {
      purpose: "invitation",
      subject: "acc_purpose",
      ttlMinutes: 60,
      now: T0,
    });
    const now = at("2026-03-01T10:01:00Z");
    expect(await redeem(t.db, { purpose: "password-reset", token, now })).toEqual({
      ok: false,
      reason: "wrong-purpose",
    });
    expect((await redeem(t.db, { purpose: "invitation", token, now })).ok).toBe(true);
    expect(await redeem(t.db, { purpose: "password-reset", token: "A".repeat(43), now })).toEqual({
      ok: false,
      reason: "unknown",
    });
  });

  it("revokes a subject's earlier tokens of the same purpose when it issues a new one, and no others", async () => {
    const input = { purpose: "password-reset", subject: "acc_revoke", ttlMinutes: 30, now: T0 } as const;
    const first = await issue(t.db, input);
    const invitation = await issue(t.db, { ...input, purpose: "invitation" });
    const other = await issue(t.db, { ...input, subject: "acc_other" });
    const second = await issue(t.db, input);
    const now = at("2026-03-01T10:01:00Z");
    expect(await redeem(t.db, { purpose: "password-reset", token: first.token, now })).toEqual({
      ok: false,
      reason: "unknown",
    });
    for (const [purpose, token] of [
      ["password-reset", second.token],
      ["invitation", invitation.token],
      ["password-reset", other.token],
    ] as const)
      expect((await redeem(t.db, { purpose, token, now })).ok).toBe(true);
  });

  it("leaves one live token when two are issued for a subject at once", async () => {
    const input = { purpose: "password-reset", subject: "acc_double", ttlMinutes: 30, now: T0 } as const;
    await Promise.all([issue(t.db, input), issue(t.db, input)]);
    expect(await rowsOf("acc_double")).toHaveLength(1);
  });

  it("refuses a validity that is not a whole number of minutes, at least one", async () => {
    for (const ttlMinutes of [0, -5, 1.5])
      await expect(
        issue(t.db, { purpose: "password-reset", subject: "acc_ttl", ttlMinutes, now: T0 }),
      ).rejects.toBeInstanceOf(RangeError);
  });

  it("purges the tokens past their expiry, used or not, and keeps the live ones", async () => {
    const old = await issue(t.db, {
      purpose: "invitation",
      subject: "acc_purge_old",
      ttlMinutes: 10,
      now: T0,
    });
    await redeem(t.db, { purpose: "invitation", token: old.token, now: at("2026-03-01T10:05:00Z") });
    await issue(t.db, { purpose: "password-reset", subject: "acc_purge_unused", ttlMinutes: 10, now: T0 });
    await issue(t.db, { purpose: "password-reset", subject: "acc_purge_live", ttlMinutes: 120, now: T0 });
    expect(await purgeExpired(t.db, at("2026-03-01T11:00:00Z"))).toBeGreaterThanOrEqual(2);
    expect(await rowsOf("acc_purge_old")).toEqual([]);
    expect(await rowsOf("acc_purge_unused")).toEqual([]);
    expect(await rowsOf("acc_purge_live")).toHaveLength(1);
  });
});
