import { decodeCursor, encodeCursor, type Page, type PageQuery } from "@ghorfa/contract";
import { type ChamberId, ghorfaRawIssue, type IdKind, parseId } from "@ghorfa/schemas";
import type * as z from "zod";
import { ValidationError } from "./errors";

/** A page of `T` as the contract's `Page(schema)` answers it. */
export type PageOf<T> = Page<z.ZodType<T>>;

/** What every list takes: at most `limit` items, after the `cursor` a previous page gave. */
export type PageRequest = Readonly<PageQuery>;

/** A list's filters: the contract's list query `Q` without its page (`limit`, `cursor`). */
export type FiltersOf<Q extends PageQuery> = Omit<Q, keyof PageQuery>;

/** A filter on one value, or on any of several (a public view asks for all the public ones). */
export type OneOrMany<T> = T | readonly T[];

/**
 * The id a cursor points after. Lists are keyset pages over ids (`id > after order by id`), and
 * ids sort by creation, so rows inserted while a client pages never shift a page: nothing is
 * skipped, nothing repeated. A cursor names a record of the list's `kind`, and, for a list of one
 * chamber's own records, of its `chamberId`: any other was issued by another list and is refused,
 * rather than read as a place in this one (where it would silently give an empty or a shifted page).
 */
export function cursorAfter(
  cursor: string | undefined,
  list: { readonly kind: IdKind; readonly chamberId?: ChamberId },
): string | undefined {
  if (cursor === undefined) return undefined;
  const id = decodeCursor(cursor);
  if (id === undefined) throw invalidCursor(cursor, "Expected a cursor returned by a previous page");
  const parts = parseId(id);
  // A cursor of a list of another kind of record would read as a place before or after every row.
  if (parts?.kind !== list.kind)
    throw invalidCursor(cursor, "Expected a cursor returned by a previous page of this list");
  if (list.chamberId !== undefined && parts.chamberId !== list.chamberId)
    throw foreignCursor(cursor, list.chamberId);
  return id;
}

/** The refusal of a cursor that names no place in this chamber's list (another list issued it). */
export function foreignCursor(cursor: string, chamberId: ChamberId): ValidationError {
  return invalidCursor(cursor, `Expected a cursor returned by a previous page of ${chamberId}`);
}

function invalidCursor(cursor: string, message: string): ValidationError {
  const issue = ghorfaRawIssue("invalid_cursor", message, cursor);
  return new ValidationError("Not a cursor this node made", {
    part: "query",
    issues: [{ ...issue, path: ["cursor"] }],
  });
}

/** The page made of `rows`, fetched with `limit + 1` so the last page knows it is the last. */
export function toPage<T>(rows: readonly T[], limit: number, idOf: (row: T) => string): PageOf<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(idOf(last)) : null };
}
