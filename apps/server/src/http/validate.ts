import type * as z from "zod";
import type { RequestPart } from "../services";
import type { Issue } from "./field-errors";
import { ProblemError } from "./problem";
import { unsafeTextIssue } from "./unsafe-text";

/**
 * `value` parsed by the route's schema for `part`, or a 400 validation problem naming every field.
 * Text no database column can hold (NUL, an unpaired surrogate) is refused first, wherever it is.
 */
export function parsePart<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.output<S> {
  const unsafe = unsafeTextIssue(value);
  if (unsafe) throw issueProblem(part, unsafe);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ProblemError("validation", { invalid: { part, issues: result.error.issues } });
}

/** A 400 validation problem for one issue no schema produced (a body that is not JSON…). */
export function issueProblem(part: RequestPart, issue: Issue): ProblemError {
  return new ProblemError("validation", { invalid: { part, issues: [issue] } });
}
