import { useCallback, useState } from "react";
import { useMessages } from "../i18n/locale";
import { shell } from "../messages/shell";

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
