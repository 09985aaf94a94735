// Every global id is `<3-letter kind>_<chamberId>_<ulid>`, so the owning chamber sits at a fixed
// offset: checking it costs a slice, not a parse.

/** The chamber a global id names; only meaningful for an id that already passed its schema. */
export function chamberOfId(id: string): string {
  return id.slice(4, 9);
}

/** Whether every id in `ids` names `chamberId`; missing ids are not checked. */
export function areOwnedBy(chamberId: string, ids: readonly (string | undefined)[]): boolean {
  return ids.every((id) => id === undefined || chamberOfId(id) === chamberId);
}
