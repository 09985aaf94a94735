import { ghorfaRawIssue } from "@ghorfa/schemas";
import * as z from "zod";
import { decodeCursor } from "./cursor";
import { own } from "./owned";

/** The most items a page holds, whatever `limit` asks for. */
export const PAGE_LIMIT_MAX = 100;
/** The page size when `limit` is not given. */
export const PAGE_LIMIT_DEFAULT = 50;

const NOT_A_CURSOR = "Expected a cursor returned by a previous page";
const base64url = /^[A-Za-z0-9_-]+$/;

/**
 * An opaque page cursor (base64url, see `encodeCursor`). Text of the right alphabet that no
 * cursor was made from is refused here too, at the cursor's place, so a node answers 400
 * validation rather than failing on it: as `invalid_cursor`, not `invalid_format`, because the
 * OpenAPI document's pattern accepts it and a client (or a tester reading only the document) must
 * be able to tell a rule the document cannot state from a value the document itself refuses.
 */
export const Cursor = own(
  z
    .string()
    .min(1)
    .max(512)
    .regex(base64url, { message: NOT_A_CURSOR })
    .check((ctx) => {
      if (base64url.test(ctx.value) && decodeCursor(ctx.value) === undefined) {
        ctx.issues.push(ghorfaRawIssue("invalid_cursor", NOT_A_CURSOR, ctx.value));
      }
    })
    .describe("An opaque page cursor: a page's `nextCursor`, sent back to get the next page"),
  "opaque pagination cursor",
);
export type Cursor = z.infer<typeof Cursor>;

/** Query strings carry text: the limit is coerced, and typed as a number for callers. */
const PageLimit = own(
  z.coerce
    .number<number>()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .default(PAGE_LIMIT_DEFAULT)
    .describe(`How many items a page holds at most: 1 to ${PAGE_LIMIT_MAX} (PAGE_LIMIT_MAX)`),
  "page size, bounded by PAGE_LIMIT_MAX",
);

/** `limit` and `cursor`, the query every paginated route takes besides its filters. */
export const PageQuery = z.object({
  limit: PageLimit,
  cursor: Cursor.optional().describe("The `nextCursor` of the previous page; absent for the first page"),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of `item`: `nextCursor` is null on the last page. */
/* @__NO_SIDE_EFFECTS__ */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: Cursor.nullable() });
}
export type Page<T extends z.ZodType> = z.infer<ReturnType<typeof Page<T>>>;

/** A complete, unpaginated list of `item` (small collections such as the directory). */
/* @__NO_SIDE_EFFECTS__ */
export function List<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
