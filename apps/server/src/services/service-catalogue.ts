import type { ServiceCreate, ServiceListQuery, ServicePatch } from "@ghorfa/contract";
import { type ChamberId, newId, Service } from "@ghorfa/schemas";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { FOREIGN_KEY_VIOLATION, sqlState, UNIQUE_VIOLATION } from "../db/pg-error";
import { serviceRow } from "../db/rows";
import { services } from "../db/schema";
import { ConflictError, NotFoundError } from "./errors";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import type { RecordRef } from "./records";
import { validate } from "./validate";
import { applyChanges, checkVersion, type Versioned } from "./versioned";

// A chamber's service catalogue. A service has no lifecycle: `active` says whether it is on offer,
// and the public catalogue is the active ones. A service is never deleted: its requests refer to it.

/** The contract's `ServiceListQuery` filters, and `active` for what the public may see. */
export type ServiceFilters = FiltersOf<ServiceListQuery> & { readonly active?: boolean | undefined };

const ENTITY = "service";

/** The services of `chamberId`, by id, one page at a time. */
export async function list(
  db: Database,
  request: PageRequest & ServiceFilters & { chamberId: ChamberId },
): Promise<PageOf<Service>> {
  const after = cursorAfter(request.cursor, { kind: "service", chamberId: request.chamberId });
  const rows = await db
    .select({ data: services.data })
    .from(services)
    .where(
      and(
        eq(services.chamberId, request.chamberId),
        after === undefined ? undefined : gt(services.id, after),
        request.active === undefined ? undefined : eq(services.active, request.active),
        request.category === undefined ? undefined : sql`${services.data}->>'category' = ${request.category}`,
        request.audience === undefined ? undefined : sql`${services.data}->>'audience' = ${request.audience}`,
        request.channel === undefined ? undefined : sql`${services.data}->>'channel' = ${request.channel}`,
      ),
    )
    .orderBy(asc(services.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (service) => service.id,
  );
}

/** The service `ref` names, read or (with `lock`) locked to the end of the transaction. */
export async function find(db: Database, ref: RecordRef, lock = false): Promise<Versioned<Service>> {
  const query = db
    .select({ data: services.data, version: services.version })
    .from(services)
    .where(and(eq(services.chamberId, ref.chamberId), eq(services.id, ref.id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

export async function get(db: Database, ref: RecordRef): Promise<Versioned<Service>> {
  return find(db, ref);
}

/** Translates the storage's refusals of a service row into the service's errors. */
function refusal(error: unknown, service: Service): unknown {
  const state = sqlState(error);
  if (state === FOREIGN_KEY_VIOLATION) return new NotFoundError("chamber", service.chamberId);
  if (state === UNIQUE_VIOLATION) {
    return new ConflictError(`The catalogue already has a service ${service.code}`, { cause: error });
  }
  return error;
}

/** Adds a service to the catalogue; ConflictError when its code is taken. */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: ServiceCreate; now?: Date | undefined },
): Promise<Versioned<Service>> {
  const now = (request.now ?? new Date()).toISOString();
  const service = validate(
    Service,
    {
      ...request.input,
      id: newId("service", request.chamberId, request.now?.getTime()),
      chamberId: request.chamberId,
      createdAt: now,
      updatedAt: now,
    },
    ENTITY,
  );
  try {
    const [row] = await db
      .insert(services)
      .values(serviceRow(service))
      .returning({ version: services.version });
    return { entity: service, version: row?.version ?? 1 };
  } catch (error) {
    throw refusal(error, service);
  }
}

/**
 * Replaces the fields `changes` gives, at version `ifVersion` (else PreconditionFailedError). The
 * requests already made keep their fee and due date: they were frozen when they were submitted.
 */
export async function update(
  db: Database,
  request: RecordRef & { ifVersion: number; changes: ServicePatch; now?: Date | undefined },
): Promise<Versioned<Service>> {
  return db.transaction(async (tx) => {
    const current = await find(tx, request, true);
    checkVersion(ENTITY, request.id, request.ifVersion, current.version);
    const { entity } = current;
    const merged = applyChanges(entity, request.changes);
    const next = validate(
      Service,
      {
        ...merged,
        id: entity.id,
        chamberId: entity.chamberId,
        createdAt: entity.createdAt,
        updatedAt: (request.now ?? new Date()).toISOString(),
      },
      ENTITY,
    );
    try {
      const { id: _id, createdAt: _c, ...columns } = serviceRow(next);
      const [row] = await tx
        .update(services)
        .set({ ...columns, version: sql`${services.version} + 1` })
        .where(eq(services.id, next.id))
        .returning({ version: services.version });
      return { entity: next, version: row?.version ?? 0 };
    } catch (error) {
      throw refusal(error, next);
    }
  });
}
