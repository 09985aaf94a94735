import { ApiError, NetworkError, TimeoutError } from "@ghorfa/sdk";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useMessages } from "../i18n/locale";
import { shell } from "../messages/shell";

export function Loading({ label }: { label?: string }) {
  const t = useMessages(shell);
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("loading")}
    </p>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useMessages(shell);
  return <p className="state state-empty">{children ?? t("empty")}</p>;
}

/**
 * What went wrong, in the words the node wrote in the reader's language (its problem's title and
 * detail) or ours for a network failure, with a way to try again: never a blank page.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(shell);
  const detail =
    error instanceof ApiError
      ? (error.problem.detail ?? error.problem.title)
      : error instanceof NetworkError || error instanceof TimeoutError
        ? t("networkError")
        : undefined;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{t("errorTitle")}</p>
      {detail && <p>{detail}</p>}
      {requestId && <p className="muted small">{t("requestId", { id: requestId })}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}

/** A query's three states in one place: loading, error with retry, then the data. */
export function QueryView<T>({
  query,
  children,
  isEmpty,
  empty,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}
