import type { Problem, ProblemKind } from "@ghorfa/contract";
import { PROBLEM_BASE_URI } from "./contract-table";
import { ApiError, ERROR_CLASSES } from "./errors";

/**
 * The error for an error answer. A body that is no problem document (an HTML page from a
 * gateway, an empty 503) still gives a problem, made from the status, so callers read one shape.
 */
export function apiErrorFrom(
  status: number,
  body: unknown,
  headers: Headers,
  requestId: string | undefined,
): ApiError {
  const problem = (
    typeof (body as Problem | undefined)?.type === "string"
      ? body
      : // The status line's text is gone in HTTP/2, and HTTP/1.1 servers word it as they like.
        { type: "about:blank", title: `HTTP ${status}`, status, requestId }
  ) as Problem;
  const kind = problem.type.startsWith(PROBLEM_BASE_URI)
    ? (problem.type.slice(PROBLEM_BASE_URI.length) as ProblemKind)
    : undefined;
  const ErrorClass = ERROR_CLASSES[kind as string] ?? ERROR_CLASSES[status] ?? ApiError;
  return new ErrorClass(status, problem, headers, requestId ?? problem.requestId, kind);
}
