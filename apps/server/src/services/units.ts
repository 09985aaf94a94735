import type { UnitCreate, UnitListQuery } from "@ghorfa/contract";
import { type ChamberId, newId, Unit } from "@ghorfa/schemas";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from "../db/pg-error";
import { unitRow } from "../db/rows";
import { units } from "../db/schema";
import { ConflictError, NotFoundError } from "./errors";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import type { RecordRef } from "./records";
import { validate } from "./validate";
import type { Versioned } from "./versioned";

/** The contract's `UnitListQuery` filters: `building` (a code, such as `CMS`), `kind`, `status`. */
export type UnitFilters = FiltersOf<UnitListQuery>;

const ENTITY = "unit";

/** Units of `chamberId`, by id, one page at a time. */
export async function list(
  db: Database,
  request: PageRequest & UnitFilters & { chamberId: ChamberId },
): Promise<PageOf<Unit>> {
  const after = cursorAfter(request.cursor, { kind: "unit", chamberId: request.chamberId });
  const rows = await db
    .select({ data: units.data })
    .from(units)
    .where(
      and(
        eq(units.chamberId, request.chamberId),
        after === undefined ? undefined : gt(units.id, after),
        request.building === undefined ? undefined : eq(units.building, request.building),
        request.kind === undefined ? undefined : eq(units.kind, request.kind),
        request.status === undefined ? undefined : sql`${units.data}->>'status' = ${request.status}`,
      ),
    )
    .orderBy(asc(units.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (unit) => unit.id,
  );
}

export async function get(db: Database, ref: RecordRef): Promise<Versioned<Unit>> {
  const [row] = await db
    .select({ data: units.data, version: units.version })
    .from(units)
    .where(and(eq(units.chamberId, ref.chamberId), eq(units.id, ref.id)));
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

/** Records a unit; ConflictError when its building already has a unit with that code. */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: UnitCreate; now?: Date | undefined },
): Promise<Versioned<Unit>> {
  const unit = validate(
    Unit,
    {
      ...request.input,
      id: newId("unit", request.chamberId, request.now?.getTime()),
      chamberId: request.chamberId,
    },
    ENTITY,
  );
  try {
    const [row] = await db.insert(units).values(unitRow(unit)).returning({ version: units.version });
    return { entity: unit, version: row?.version ?? 1 };
  } catch (error) {
    const state = sqlState(error);
    if (state === FOREIGN_KEY_VIOLATION) throw new NotFoundError("chamber", request.chamberId);
    if (state === UNIQUE_VIOLATION) {
      throw new ConflictError(`Building ${unit.building.code} already has a unit ${unit.code}`, {
        cause: error,
      });
    }
    throw error;
  }
}
