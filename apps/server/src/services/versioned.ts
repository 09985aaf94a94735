import { VersionMismatchError } from "./errors";

/** A record and its version: the HTTP layer sends the version as the ETag (`"3"`). */
export interface Versioned<T> {
  readonly entity: T;
  readonly version: number;
}

/** Refuses a change based on a version other than the current one. */
export function checkVersion(entity: string, id: string, expected: number, current: number): void {
  if (expected !== current) throw new VersionMismatchError(entity, id, expected, current);
}

/**
 * `entity` with the fields `changes` gives: each top-level field replaces the current one (the
 * contract's PATCH semantics); a field given as `undefined` is not a change.
 */
export function applyChanges<T extends object>(entity: T, changes: object): T {
  const given = Object.entries(changes).filter(([key, value]) => value !== undefined && key !== "__proto__");
  return { ...entity, ...Object.fromEntries(given) };
}
