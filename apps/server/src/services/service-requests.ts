import type {
  ServiceRequestCreate,
  ServiceRequestListQuery,
  ServiceRequestPatch,
  ServiceRequestStatusChange,
} from "@ghorfa/contract";
import {
  type ChamberId,
  canTransition,
  nextStatuses,
  requestDueOn,
  requestFee,
  ServiceRequest,
  serviceRequestRefusals,
} from "@ghorfa/schemas";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { serviceRequestRow } from "../db/rows";
import { members, serviceRequests } from "../db/schema";
import { takeDocumentNumber } from "./document-numbers";
import { InvalidTransitionError, NotFoundError, ValidationError } from "./errors";
import { calendarOf } from "./holidays";
import { cursorAfter, type FiltersOf, type PageOf, type PageRequest, toPage } from "./page";
import { newRecord, type OwnedBy, type RecordRef, type RecordStore, updateRecord } from "./records";
import { find as findService } from "./service-catalogue";
import { moroccanDate } from "./today";
import { validate } from "./validate";
import { checkVersion, type Versioned } from "./versioned";

// Requests for the services of a chamber's catalogue. What a request may be, what it costs and
// when it is due are the pure rules of @ghorfa/schemas (`serviceRequestRefusals`, `requestFee`,
// `requestDueOn`); the node adds what needs the database: the service and the member it names,
// the chamber's announced holidays, and the document number a delivery takes.

/** The contract's `ServiceRequestListQuery` filters. */
export type ServiceRequestFilters = FiltersOf<ServiceRequestListQuery>;

const ENTITY = "serviceRequest";

/** How many years of holidays a due date may need: a service level is at most 250 working days. */
const CALENDAR_YEARS = 3;

export async function list(
  db: Database,
  request: PageRequest & ServiceRequestFilters & OwnedBy & { chamberId: ChamberId },
): Promise<PageOf<ServiceRequest>> {
  const after = cursorAfter(request.cursor, { kind: "serviceRequest", chamberId: request.chamberId });
  const rows = await db
    .select({ data: serviceRequests.data })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.chamberId, request.chamberId),
        after === undefined ? undefined : gt(serviceRequests.id, after),
        request.status === undefined ? undefined : eq(serviceRequests.status, request.status),
        request.serviceId === undefined ? undefined : eq(serviceRequests.serviceId, request.serviceId),
        request.memberId === undefined ? undefined : eq(serviceRequests.memberId, request.memberId),
        request.ownedBy === undefined ? undefined : eq(serviceRequests.memberId, request.ownedBy),
      ),
    )
    .orderBy(asc(serviceRequests.id))
    .limit(request.limit + 1);
  return toPage(
    rows.map((row) => row.data),
    request.limit,
    (r) => r.id,
  );
}

/** The request `ref` names, read or (with `lock`) locked to the end of the transaction. */
async function find(db: Database, ref: RecordRef, lock: boolean): Promise<Versioned<ServiceRequest>> {
  const query = db
    .select({ data: serviceRequests.data, version: serviceRequests.version })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.chamberId, ref.chamberId), eq(serviceRequests.id, ref.id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new NotFoundError(ENTITY, ref.id);
  return { entity: row.data, version: row.version };
}

export async function get(db: Database, ref: RecordRef & OwnedBy): Promise<Versioned<ServiceRequest>> {
  const found = await find(db, ref, false);
  if (ref.ownedBy !== undefined && found.entity.memberId !== ref.ownedBy)
    throw new NotFoundError(ENTITY, ref.id);
  return found;
}

async function save(tx: Database, next: ServiceRequest): Promise<Versioned<ServiceRequest>> {
  const { id: _id, chamberId: _c, createdAt: _ca, ...columns } = serviceRequestRow(next);
  const [row] = await tx
    .update(serviceRequests)
    .set({ ...columns, version: sql`${serviceRequests.version} + 1` })
    .where(eq(serviceRequests.id, next.id))
    .returning({ version: serviceRequests.version });
  return { entity: next, version: row?.version ?? 0 };
}

const store: RecordStore<"serviceRequest", ServiceRequest> = {
  kind: ENTITY,
  schema: ServiceRequest,
  lock: (tx, ref) => find(tx, ref, true),
  save: (tx, _previous, next) => save(tx, next),
};

/**
 * Submits a request, today in Morocco: the service must be in the chamber's catalogue and on offer,
 * the member (if any) one of the chamber's, and the service's rules met (members only, declared
 * value) — else a ValidationError naming the field, and nothing is written. The fee is computed
 * now and frozen on the request; the due date is the service level in working days.
 */
export async function create(
  db: Database,
  request: { chamberId: ChamberId; input: ServiceRequestCreate; now?: Date | undefined },
): Promise<Versioned<ServiceRequest>> {
  const { chamberId, input } = request;
  return db.transaction(async (tx) => {
    const { entity: service } = await findService(tx, { chamberId, id: input.serviceId });
    if (input.memberId !== undefined) {
      const [member] = await tx
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.chamberId, chamberId), eq(members.id, input.memberId)));
      if (!member) throw new NotFoundError("member", input.memberId);
    }
    const issues = serviceRequestRefusals(service, input);
    if (issues.length > 0) {
      throw new ValidationError(`Service ${service.code} refuses this request`, { part: "body", issues });
    }
    const submittedOn = moroccanDate(request.now ?? new Date());
    const year = Number(submittedOn.slice(0, 4));
    const calendar = await calendarOf(tx, { chamberId, fromYear: year, toYear: year + CALENDAR_YEARS - 1 });
    const record = newRecord(store, request, {
      ...input,
      chamberId,
      status: "submitted",
      fee: requestFee(service, input),
      submittedOn,
      dueOn: requestDueOn(service, submittedOn, calendar),
    });
    const [row] = await tx
      .insert(serviceRequests)
      .values(serviceRequestRow(record))
      .returning({ version: serviceRequests.version });
    return { entity: record, version: row?.version ?? 1 };
  });
}

/** Assigns the request or changes its documents, at version `ifVersion` (else PreconditionFailedError). */
export async function update(
  db: Database,
  request: RecordRef & { ifVersion: number; changes: ServiceRequestPatch; now?: Date | undefined },
): Promise<Versioned<ServiceRequest>> {
  // Only what the patch schema lets through can change; the fee, dates and number stay as they are.
  return updateRecord(db, store, request);
}

/**
 * Moves a request to `status` if its lifecycle allows it (InvalidTransitionError otherwise).
 * `reason` is the new status's (required to reject or withdraw); the previous one is not kept.
 * Delivering dates the delivery today and, for a service with a document series, takes the
 * series' next number of the year in the same transaction: a refusal gives the number back.
 */
export async function setStatus(
  db: Database,
  request: RecordRef &
    ServiceRequestStatusChange & { ifVersion?: number | undefined; now?: Date | undefined },
): Promise<Versioned<ServiceRequest>> {
  return db.transaction(async (tx) => {
    const current = await find(tx, request, true);
    if (request.ifVersion !== undefined) checkVersion(ENTITY, request.id, request.ifVersion, current.version);
    const from = current.entity.status;
    if (!canTransition("serviceRequest", from, request.status)) {
      throw new InvalidTransitionError(ENTITY, from, request.status, nextStatuses("serviceRequest", from));
    }
    const now = request.now ?? new Date();
    const { reason: _previous, ...rest } = current.entity;
    const isDelivery = request.status === "delivered";
    const next = validate(
      ServiceRequest,
      {
        ...rest,
        ...(request.reason === undefined ? {} : { reason: request.reason }),
        ...(isDelivery ? { deliveredOn: moroccanDate(now) } : {}),
        status: request.status,
        updatedAt: now.toISOString(),
      },
      ENTITY,
    );
    if (isDelivery && next.deliveredOn !== undefined) {
      const { entity: service } = await findService(tx, { chamberId: request.chamberId, id: next.serviceId });
      if (service.documentSeries !== undefined) {
        // Taken last, just before the save: the counter row stays locked until the commit.
        next.documentNumber = await takeDocumentNumber(tx, {
          chamberId: request.chamberId,
          series: service.documentSeries,
          year: Number(next.deliveredOn.slice(0, 4)),
        });
      }
    }
    return save(tx, next);
  });
}
