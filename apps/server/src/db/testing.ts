import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { connect, type DatabaseConnection, pgliteExtensions } from "./connect";
import { asAdmin, dropDatabase, type TestTemplate, uniqueName, withDatabase } from "./testing-admin";
import { buildTestTemplate } from "./testing-template";

// A fresh PGlite costs seconds (initdb, migrations, seeding), so each run builds one migrated
// and seeded template (vitest globalSetup), and every test file opens its own copy of it: a dump
// of the template's data folder loaded into an in-memory PGlite. With GHORFA_TEST_DATABASE_URL
// the template is a PostgreSQL database, and every test file gets `CREATE DATABASE … TEMPLATE`.

declare module "vitest" {
  interface ProvidedContext {
    ghorfaTestTemplate: TestTemplate;
  }
}

/** A test file's own database, migrated and seeded; `url` is set on PostgreSQL. */
export type TestDatabase = DatabaseConnection & { readonly url?: string };

let localTemplate: Promise<TestTemplate> | undefined;

/** The run's template; built here when the test runs without the global setup. */
function template(): Promise<TestTemplate> {
  const provided = inject("ghorfaTestTemplate");
  if (provided) return Promise.resolve(provided);
  localTemplate ??= buildTestTemplate();
  return localTemplate;
}

/**
 * A database of the test file's own, with the schema and the demo data, on PGlite or (when
 * GHORFA_TEST_DATABASE_URL is set) on PostgreSQL. Close it in `afterAll`.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const tpl = await template();
  if (tpl.driver === "pglite") {
    const dump = new Blob([await readFile(tpl.dumpFile)]);
    const pglite = await PGlite.create({ loadDataDir: dump, extensions: pgliteExtensions });
    const connection = await connect({ pglite, migrate: false });
    return {
      ...connection,
      close: async () => {
        await connection.close();
        await pglite.close();
      },
    };
  }
  const database = uniqueName("ghorfa_t");
  await asAdmin(tpl.adminUrl, (admin) =>
    admin.query(`create database "${database}" template "${tpl.database}"`),
  );
  const url = withDatabase(tpl.adminUrl, database);
  const connection = await connect({ databaseUrl: url, migrate: false });
  return {
    ...connection,
    url,
    close: async () => {
      await connection.close();
      await dropDatabase(tpl.adminUrl, database);
    },
  };
}

/** A migrated database without the demo data, for tests of seeding itself. Close it in `afterAll`. */
export async function openEmptyTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.GHORFA_TEST_DATABASE_URL;
  if (!adminUrl) {
    const pglite = await PGlite.create({ extensions: pgliteExtensions });
    const connection = await connect({ pglite });
    return {
      ...connection,
      close: async () => {
        await connection.close();
        await pglite.close();
      },
    };
  }
  const database = uniqueName("ghorfa_t");
  await asAdmin(adminUrl, (admin) => admin.query(`create database "${database}"`));
  const url = withDatabase(adminUrl, database);
  const connection = await connect({ databaseUrl: url });
  return {
    ...connection,
    url,
    close: async () => {
      await connection.close();
      await dropDatabase(adminUrl, database);
    },
  };
}
