import type { Problem, ProblemKind } from "@ghorfa/contract";
import { PROBLEM_BASE_URI } from "./contract-table";
import { ApiError, PROBLEM_ERRORS, STATUS_ERRORS } from "./errors";

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
  // A kind this SDK does not know (a newer contract's, or any word) takes its status's class.
  const ErrorClass =
    (kind && Object.hasOwn(PROBLEM_ERRORS, kind) ? PROBLEM_ERRORS[kind] : STATUS_ERRORS[status]) ?? ApiError;
  return new ErrorClass(status, problem, headers, requestId ?? problem.requestId, kind);
}
