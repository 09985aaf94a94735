import {
  type ChamberId,
  canTransition,
  type IdKind,
  newId,
  nextStatuses,
  type StatusEntity,
  type StatusOf,
} from "@ghorfa/schemas";
import type * as z from "zod";
import type { Database } from "../db/connect";
import { InvalidTransitionError } from "./errors";
import { validate } from "./validate";
import { checkVersion, type Versioned } from "./versioned";

// Members, leases and agreements are made and move through their lifecycle the same way; what
// differs (the table, the rules on writing) each service gives here as its `RecordStore`.

/** A record kind with a lifecycle, which names its ids, its statuses and its errors alike. */
export type LifecycleKind = StatusEntity & IdKind;

type Ref = { chamberId: ChamberId; id: string };

/** How a service keeps its records of `kind`. */
export interface RecordStore<K extends LifecycleKind, T> {
  readonly kind: K;
  readonly schema: z.ZodType<T>;
  /** The record's row, locked until `tx` ends; NotFoundError when `ref` names none. */
  lock(tx: Database, ref: Ref): Promise<Versioned<T>>;
  /** Writes `next` over `previous` (the locked record) and moves the version on. */
  save(tx: Database, previous: T, next: T): Promise<Versioned<T>>;
}

/**
 * A new record of `chamberId` made of `fields`, with a new global id, created and updated now.
 * InvalidInputError when it breaks a rule of the store's schema; nothing is written.
 */
export function newRecord<K extends LifecycleKind, T>(
  store: Pick<RecordStore<K, T>, "kind" | "schema">,
  request: { chamberId: ChamberId; now?: Date | undefined },
  fields: object,
): T {
  const now = request.now ?? new Date();
  const record = {
    ...fields,
    // Only a given clock sets the id's time: without one, ids stay monotonic within the process.
    id: newId(store.kind, request.chamberId, request.now?.getTime()),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return validate(store.schema, record, store.kind);
}

/**
 * Moves a record to `status` with the `changes` that move brings (a lease's end, a signature), if
 * its lifecycle allows it, else InvalidTransitionError with the statuses it allows. `ifVersion`,
 * when given, must be the current version (VersionMismatchError); a refusal writes nothing.
 */
export async function changeStatus<K extends LifecycleKind, T extends { status: StatusOf[K] }>(
  db: Database,
  store: RecordStore<K, T>,
  request: Ref & { status: StatusOf[K]; ifVersion?: number | undefined; now?: Date | undefined },
  changes: Partial<T> = {},
): Promise<Versioned<T>> {
  return db.transaction(async (tx) => {
    // Checked under the row lock, so of two changes based on one version only the first is saved.
    const current = await store.lock(tx, request);
    if (request.ifVersion !== undefined)
      checkVersion(store.kind, request.id, request.ifVersion, current.version);
    const from = current.entity.status;
    if (!canTransition(store.kind, from, request.status)) {
      throw new InvalidTransitionError(store.kind, from, request.status, nextStatuses(store.kind, from));
    }
    const next = {
      ...current.entity,
      ...changes,
      status: request.status,
      updatedAt: (request.now ?? new Date()).toISOString(),
    };
    return store.save(tx, current.entity, validate(store.schema, next, store.kind));
  });
}
