import type { Locale } from "@ghorfa/i18n";
import type * as z from "zod";
import { fieldErrors, type Issue } from "./field-errors";
import { ProblemError } from "./problem";
import { unsafeTextIssue } from "./unsafe-text";

/** Where a part of the request sits, as the first segment of the problem's JSON pointers. */
export type RequestPart = "params" | "query" | "headers" | "body";

/**
 * `value` parsed by the route's schema for `part`, or a 400 validation problem naming every field.
 * Text no database column can hold (NUL, an unpaired surrogate) is refused first, wherever it is.
 */
export function parsePart<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: RequestPart,
  locale: Locale,
): z.output<S> {
  const unsafe = unsafeTextIssue(value);
  if (unsafe) throw new ProblemError("validation", { errors: fieldErrors([unsafe], part, locale) });
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ProblemError("validation", { errors: fieldErrors(result.error.issues, part, locale) });
}

/** A 400 validation problem for issues no schema produced (a body that is not JSON…), localized later. */
export function issueProblem(part: RequestPart, issue: Issue): ProblemError {
  return new ProblemError("validation", { issues: { part, list: [issue] } });
}
