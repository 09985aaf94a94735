import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { connect, pgliteExtensions } from "./connect";
import { seed } from "./seed";
import { asAdmin, type TestTemplate, uniqueName, withDatabase } from "./testing-admin";

/**
 * Builds the template every test file copies: a migrated and seeded PostgreSQL database when
 * `adminUrl` is given, else a dump of a migrated and seeded PGlite data folder in a temp file.
 */
export async function buildTestTemplate(
  adminUrl = process.env.GHORFA_TEST_DATABASE_URL,
): Promise<TestTemplate> {
  if (adminUrl) {
    const database = uniqueName("ghorfa_tpl");
    await asAdmin(adminUrl, (admin) => admin.query(`create database "${database}"`));
    const connection = await connect({ databaseUrl: withDatabase(adminUrl, database) });
    await seed(connection.db);
    await connection.close();
    return { driver: "postgres", adminUrl, database };
  }
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  const connection = await connect({ pglite });
  await seed(connection.db);
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const dumpFile = join(tmpdir(), `${uniqueName("ghorfa-template")}.tar`);
  await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  return { driver: "pglite", dumpFile };
}
