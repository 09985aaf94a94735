import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotency } from "../services";
import { pgliteExtensions } from "./connect";
import { migrationsFolder } from "./paths";
import * as schema from "./schema";

// A migration that rewrites rows is checked on rows as the version before it wrote them: the
// database is migrated up to the tag before, the old rows are written, then the rest is applied.

interface Journal {
  entries: { tag: string }[];
}

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A copy of the migrations folder whose journal ends just before `tag`. */
async function migrationsBefore(tag: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "ghorfa-migrations-"));
  folders.push(folder);
  await cp(migrationsFolder(), folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as Journal;
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  if (at < 0) throw new Error(`No migration ${tag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return folder;
}

describe("0004_idempotency_text", () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = await PGlite.create({ extensions: pgliteExtensions });
  });
  afterAll(() => pglite.close());

  it("keeps every answer's bytes, and turns a withheld answer into the status `withheld`", async () => {
    const db = drizzle({ client: pglite, schema });
    await migrate(db, { migrationsFolder: await migrationsBefore("0004_idempotency_text") });
    const sent = '{"id":"ma-09-mem-x","name":"Société \\"Atlas\\"","n":1}';
    const row = (key: string, body: unknown) => sql`
      insert into idempotency_keys (owner, method, route, key, request_hash, status, response_status,
        response_body, response_headers)
      values ('chamber:ma-09', 'POST', '/chambers/ma-09/members', ${key}, 'h', 'done', 201,
        ${JSON.stringify(body)}::jsonb, '{"location":"/x"}'::jsonb)`;
    await db.execute(row("kept", { json: sent }));
    await db.execute(row("withheld", { withheld: true }));
    await db.execute(row("no-body", null));

    await migrate(db, { migrationsFolder: migrationsFolder() });
    const request = (key: string) => ({
      owner: "chamber:ma-09",
      method: "POST",
      route: "/chambers/ma-09/members",
      key,
      requestHash: "h",
    });
    expect(await idempotency.lookup(db, request("kept"))).toEqual({
      kind: "replay",
      response: { status: 201, body: sent, headers: { location: "/x" } },
    });
    expect(await idempotency.lookup(db, request("withheld"))).toEqual({
      kind: "withheld",
      headers: { location: "/x" },
    });
    expect(await idempotency.lookup(db, request("no-body"))).toEqual({
      kind: "replay",
      response: { status: 201, body: null, headers: { location: "/x" } },
    });
  });
});
