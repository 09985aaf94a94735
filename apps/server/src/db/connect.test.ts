import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "./connect";
import { migrationsFolder } from "./paths";
import { nodeMeta } from "./schema";
import { asAdmin, dropDatabase, uniqueName, withDatabase } from "./testing-admin";

const adminUrl = process.env.GHORFA_TEST_DATABASE_URL;

async function tableCount(db: Awaited<ReturnType<typeof connect>>["db"]): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

describe("connect on PGlite", () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it("migrates a new data folder, and reopens it with its data and without migrating twice", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ghorfa-connect-"));
    folders.push(dataDir);
    const first = await connect({ dataDir });
    expect(first.location).toBe(join(dataDir, "pglite"));
    expect(await tableCount(first.db)).toBeGreaterThanOrEqual(11);
    await first.db.insert(nodeMeta).values({ key: "probe", value: { kept: true } });
    await first.close();

    const second = await connect({ dataDir });
    const rows = await second.db.select().from(nodeMeta);
    expect(rows.map((row) => row.value)).toEqual([{ kept: true }]);
    await second.close();
  });
});

// Registered only with a server to talk to, so a run without one reports no skipped test.
if (adminUrl)
  describe("connect on PostgreSQL", () => {
    it("lets replicas that start together migrate one database once", async () => {
      const admin = adminUrl;
      const database = uniqueName("ghorfa_t");
      await asAdmin(admin, (client) => client.query(`create database "${database}"`));
      try {
        const url = withDatabase(admin, database);
        const replicas = await Promise.all([1, 2, 3].map(() => connect({ databaseUrl: url })));
        const [first] = replicas;
        if (!first) throw new Error("No replica connected");
        expect(first.location).toBe(`postgresql://${new URL(admin).host}/${database}`);
        expect(await tableCount(first.db)).toBeGreaterThanOrEqual(11);
        const applied = await first.db.execute(
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
        );
        const journal = JSON.parse(await readFile(join(migrationsFolder(), "meta", "_journal.json"), "utf8"));
        expect((applied as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(journal.entries.length);
        await Promise.all(replicas.map((replica) => replica.close()));
      } finally {
        await dropDatabase(admin, database);
      }
    });
  });
