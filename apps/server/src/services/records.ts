import {
  type ChamberId,
  canTransition,
  type IdKind,
  type MemberId,
  newId,
  nextStatuses,
  type StatusEntity,
  type StatusOf,
} from "@ghorfa/schemas";
import type * as z from "zod";
import type { Database } from "../db/connect";
import { InvalidTransitionError } from "./errors";
import { validate } from "./validate";
import { applyChanges, checkVersion, type Versioned } from "./versioned";

// Members, leases and agreements are made, changed and moved through their lifecycle the same
// way; what differs (the table, the rules on writing) each service gives here as its
// `RecordStore`, and an update's own rules as its `UpdateRules`.

/** A record kind with a lifecycle, which names its ids, its statuses and its errors alike. */
export type LifecycleKind = StatusEntity & IdKind;

/** A record of a chamber, by its id: what `get`, `patch` and `setStatus` of every service take. */
export interface RecordRef {
  readonly chamberId: ChamberId;
  readonly id: string;
}

/**
 * The member a member's session acts for: a read given one finds only that member's records (a
 * lease it is the tenant of, a request made for it), and answers any other as not found.
 */
export interface OwnedBy {
  readonly ownedBy?: MemberId | undefined;
}

/** How a service keeps its records of `kind`. */
export interface RecordStore<K extends LifecycleKind, T> {
  readonly kind: K;
  readonly schema: z.ZodType<T>;
  /** The record's row, locked until `tx` ends; NotFoundError when `ref` names none. */
  lock(tx: Database, ref: RecordRef): Promise<Versioned<T>>;
  /** Writes `next` over `previous` (the locked record) and moves the version on. */
  save(tx: Database, previous: T, next: T): Promise<Versioned<T>>;
}

/**
 * A new record of `chamberId` made of `fields`, with a new global id, created and updated now.
 * ValidationError when it breaks a rule of the store's schema; nothing is written.
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
 * when given, must be the current version (PreconditionFailedError); a refusal writes nothing.
 */
export async function changeStatus<K extends LifecycleKind, T extends { status: StatusOf[K] }>(
  db: Database,
  store: RecordStore<K, T>,
  request: RecordRef & { status: StatusOf[K]; ifVersion?: number | undefined; now?: Date | undefined },
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

/** Fields the node assigns every record, which no patch changes. */
type Assigned = { id: unknown; status: unknown; createdAt: unknown };

/** What a service adds to the update steps every record kind shares. */
export interface UpdateRules<T> {
  /** Fields a patch never changes, besides the id, status and creation time every record keeps. */
  readonly keep?: readonly (keyof T)[] | undefined;
  /**
   * Fields the change brings with it (a revised rent's history), or a refusal, before validation.
   * `now` is also the patch's `updatedAt`, so a revision's day and the write's time agree.
   */
  readonly derive?: ((current: T, now: Date) => Partial<T>) | undefined;
  /** A check of the valid result against other records, under the row lock, before it is saved. */
  readonly check?: ((tx: Database, current: T, next: T) => Promise<void>) | undefined;
}

/**
 * The record with the fields `changes` gives (see `applyChanges`: `null` removes one), at version
 * `ifVersion` (else PreconditionFailedError). ValidationError when the result breaks a rule of
 * the store's schema; a refusal writes nothing.
 */
export async function updateRecord<K extends LifecycleKind, T extends Assigned>(
  db: Database,
  store: RecordStore<K, T>,
  request: RecordRef & { ifVersion: number; changes: object; now?: Date | undefined },
  rules: UpdateRules<T> = {},
): Promise<Versioned<T>> {
  return db.transaction(async (tx) => {
    // Checked under the row lock, so of two changes based on one version only the first is saved.
    const current = await store.lock(tx, request);
    checkVersion(store.kind, request.id, request.ifVersion, current.version);
    const { entity } = current;
    const now = request.now ?? new Date();
    const merged: T = { ...applyChanges(entity, request.changes), ...rules.derive?.(entity, now) };
    // Whatever the caller's object carries, a patch never changes these.
    const kept: (keyof T)[] = ["id", "status", "createdAt", ...(rules.keep ?? [])];
    for (const key of kept) merged[key] = entity[key];
    const next = validate(store.schema, { ...merged, updatedAt: now.toISOString() }, store.kind);
    await rules.check?.(tx, entity, next);
    return store.save(tx, entity, next);
  });
}
