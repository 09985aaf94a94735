import type { ProblemFieldError } from "@ghorfa/contract";
import { formatIssues, type Locale } from "@ghorfa/i18n";
import type * as z from "zod";
import type { ValidationError } from "../services";

/** An issue as zod makes it; the node also makes some for what no schema checks (a body that is not JSON). */
export type Issue = z.core.$ZodIssue;

/** What a validation problem says is wrong: zod's issues, with paths into one part of the request. */
export type FieldIssues = Pick<ValidationError, "part" | "issues">;

/**
 * The field errors of a problem, the one place issues become its `errors`: each issue with a
 * JSON pointer into its part of the request, its code and a sentence in `locale`.
 */
export function fieldErrors({ part, issues }: FieldIssues, locale: Locale): ProblemFieldError[] {
  return formatIssues(issues, locale).map((error) => ({ ...error, pointer: `/${part}${error.pointer}` }));
}
