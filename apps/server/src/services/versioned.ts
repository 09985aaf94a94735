import { PreconditionFailedError } from "./errors";

/** A record and its version: the HTTP layer sends the version as the ETag (`"3"`). */
export interface Versioned<T> {
  readonly entity: T;
  readonly version: number;
}

/** Refuses a change based on a version other than the current one. */
export function checkVersion(entity: string, id: string, expected: number, current: number): void {
  if (expected !== current) throw new PreconditionFailedError(entity, id, expected, current);
}

/**
 * `entity` with the fields `changes` gives, as the contract's PATCH reads them (a JSON Merge
 * Patch, RFC 7396, at the top level): a field given replaces the current one whole, a field given
 * as `null` is removed, and one left out or `undefined` is kept. The caller checks the result
 * against the entity, so a removal a rule needs (a signed agreement's signature) is refused there.
 */
export function applyChanges<T extends object>(entity: T, changes: object): T {
  const merged = { ...entity } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || key === "__proto__") continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged as T;
}
