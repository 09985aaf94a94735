import type { Chamber, ChamberId } from "@ghorfa/schemas";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { chambers } from "../db/schema";
import { NotFoundError } from "./errors";
import type { Versioned } from "./versioned";

/** The chambers this node hosts, by id. */
export async function list(db: Database): Promise<Chamber[]> {
  const rows = await db.select({ data: chambers.data }).from(chambers).orderBy(asc(chambers.id));
  return rows.map((row) => row.data);
}

/** A chamber this node hosts; NotFoundError for any other. */
export async function get(db: Database, id: ChamberId): Promise<Versioned<Chamber>> {
  const [row] = await db
    .select({ data: chambers.data, version: chambers.version })
    .from(chambers)
    .where(eq(chambers.id, id));
  if (!row) throw new NotFoundError("chamber", id);
  return { entity: row.data, version: row.version };
}
