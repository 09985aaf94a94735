import { sql } from "drizzle-orm";
import type { Database } from "../src/db/connect";

/**
 * A digest of every row of every table of the node, to show a series of requests changed nothing.
 * `except` names tables a refused request legitimately writes (the rate-limit counters).
 */
export async function digestOfTables(
  db: Database,
  except: readonly string[] = [],
): Promise<Record<string, string>> {
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const digest: Record<string, string> = {};
  for (const { name } of tables.rows) {
    if (except.includes(name)) continue;
    const result = (await db.execute(
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from "${name}" t`),
    )) as unknown as { rows: { md5: string }[] };
    digest[name] = result.rows[0]?.md5 ?? "";
  }
  return digest;
}
