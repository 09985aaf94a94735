import { keepPreviousData, type UseQueryResult, useQuery } from "@tanstack/react-query";
import { type ReactNode, useCallback, useState } from "react";
import { useMessages } from "../i18n/locale";
import { shell } from "../messages/shell";
import { QueryView } from "./states";

/** How many rows a page of a list asks the node for. */
export const PAGE_SIZE = 20;

/**
 * Cursor pagination as the node gives it (`nextCursor`): the cursors of the pages seen so far, so
 * "previous" goes back without the node having to go backwards. A new filter starts over.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({
    key: resetKey,
    stack: [undefined],
  });
  const stack = state.key === resetKey ? state.stack : [undefined];
  const cursor = stack[stack.length - 1];
  const next = useCallback(
    (nextCursor: string) => setState({ key: resetKey, stack: [...stack, nextCursor] }),
    [resetKey, stack],
  );
  const previous = useCallback(
    () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
    [resetKey, stack],
  );
  return { cursor, page: stack.length, next, previous, hasPrevious: stack.length > 1 };
}

/** A page of a list as the node answers it. */
export interface CursorPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | null | undefined;
}

/**
 * One page of a list the node gives a page at a time, under `filters`, and where the pager stands.
 * The query's key is `queryKey`, the filters, then the cursor, so invalidating `queryKey` drops
 * every page; a change of filters starts over at the first page.
 */
export function usePagedQuery<Filters extends object, Page extends CursorPage<unknown>>({
  queryKey,
  filters,
  fetchPage,
  keepPrevious = false,
}: {
  queryKey: readonly unknown[];
  filters: Filters;
  fetchPage: (query: Filters & { limit: number; cursor?: string }) => Promise<Page>;
  /** Keeps the page on screen while the next one loads (a list filtered as one types). */
  keepPrevious?: boolean;
}) {
  const pages = useCursorPages(JSON.stringify(filters));
  const query = useQuery({
    queryKey: [...queryKey, filters, pages.cursor ?? null],
    queryFn: () => fetchPage({ ...filters, limit: PAGE_SIZE, ...(pages.cursor && { cursor: pages.cursor }) }),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
  return { pages, query };
}

export function Pager({
  pages,
  nextCursor,
}: {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null | undefined;
}) {
  const t = useMessages(shell);
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav className="pager" aria-label={`${t("previous")} / ${t("next")}`}>
      <button type="button" className="button" disabled={!pages.hasPrevious} onClick={pages.previous}>
        {t("previous")}
      </button>
      <span className="muted">{pages.page}</span>
      <button
        type="button"
        className="button"
        disabled={!nextCursor}
        onClick={() => nextCursor && pages.next(nextCursor)}
      >
        {t("next")}
      </button>
    </nav>
  );
}

/**
 * A page of a list as a table, then the pager: loading, error and "nothing" as every query shows
 * them (`empty` for the list's own words). `children` draws the table of the page's items.
 */
export function PagedTable<T>({
  paged,
  empty,
  children,
}: {
  paged: { pages: ReturnType<typeof useCursorPages>; query: UseQueryResult<CursorPage<T>> };
  empty?: ReactNode;
  children: (items: readonly T[]) => ReactNode;
}) {
  return (
    <QueryView query={paged.query} isEmpty={(page) => page.items.length === 0} empty={empty}>
      {(page) => (
        <>
          <div className="table-wrap">{children(page.items)}</div>
          <Pager pages={paged.pages} nextCursor={page.nextCursor} />
        </>
      )}
    </QueryView>
  );
}
