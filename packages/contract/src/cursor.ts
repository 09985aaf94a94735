import { parseId } from "@ghorfa/schemas";

/**
 * Cursors are opaque to clients: base64url (no padding) of the id of the last item of the page.
 * Lists sort by id, and ids sort by creation time (ULIDs), so "the rows after this id" names the
 * same place while rows are inserted: a cursor never skips nor repeats a row. Built on
 * TextEncoder/btoa so it runs in browsers and edge runtimes as well as Node.
 */
export function encodeCursor(lastId: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(lastId)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The id a cursor points after, or `undefined` when `cursor` is not one this contract makes
 * (whatever it is: a query string can hold anything, and this never throws). Only a Ghorfa id
 * (`parseId`) is one: a cursor made of any other text (NUL, an unpaired surrogate, a quote) would
 * otherwise reach a node's SQL. The `Cursor` schema runs it, so a route's query refuses such a
 * cursor at `/query/cursor`.
 */
export function decodeCursor(cursor: unknown): string | undefined {
  if (typeof cursor !== "string" || cursor === "") return undefined;
  if (!/^[A-Za-z0-9_-]*$/.test(cursor) || cursor.length % 4 === 1) return undefined;
  try {
    const binary = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const id = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return encodeCursor(id) === cursor && parseId(id) !== undefined ? id : undefined;
  } catch {
    return undefined;
  }
}
