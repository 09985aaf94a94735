import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import pg from "pg";

// Helpers of the test databases that import no workspace package, so vitest's global setup
// (which runs outside the `@ghorfa/source` condition) can use them.

/** Where the run's migrated and seeded template is (see testing.ts). */
export type TestTemplate =
  | { driver: "pglite"; dumpFile: string }
  | { driver: "postgres"; adminUrl: string; database: string };

export const uniqueName = (prefix: string) => `${prefix}_${randomBytes(6).toString("hex")}`;

/** `url` pointing at another database of the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function asAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await asAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${database}" with (force)`));
}

export async function removeTestTemplate(template: TestTemplate): Promise<void> {
  if (template.driver === "pglite") await rm(template.dumpFile, { force: true });
  else await dropDatabase(template.adminUrl, template.database);
}
