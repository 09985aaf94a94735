import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connect, pgliteExtensions } from "./connect";

// The statement budget of connect(): PostgreSQL enforces it; PGlite takes it but cannot.
const adminUrl = process.env.GHORFA_TEST_DATABASE_URL;

describe("the statement budget", () => {
  it("is set on PGlite, which accepts it (and, running in-process, does not enforce it)", async () => {
    const pglite = await PGlite.create({ extensions: pgliteExtensions });
    const connection = await connect({ pglite, migrate: false, statementTimeoutMs: 1500 });
    try {
      const shown = await pglite.query<{ statement_timeout: string }>("show statement_timeout");
      expect(shown.rows[0]?.statement_timeout).toBe("1500ms");
    } finally {
      await connection.close();
      await pglite.close();
    }
  });

  // Registered only with a server to talk to, so a run without one reports no skipped test.
  if (adminUrl)
    it("cancels a statement that runs past it on PostgreSQL, and the pool goes on answering", async () => {
      const connection = await connect({ databaseUrl: adminUrl, migrate: false, statementTimeoutMs: 100 });
      try {
        await expect(connection.db.execute(sql`select pg_sleep(5)`)).rejects.toMatchObject({
          cause: { code: "57014" },
        });
        const result = await connection.db.execute(sql`select 1 as one`);
        expect((result as unknown as { rows: { one: number }[] }).rows[0]?.one).toBe(1);
      } finally {
        await connection.close();
      }
    });
});
