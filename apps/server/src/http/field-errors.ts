import type { ProblemFieldError } from "@ghorfa/contract";
import { formatIssues, type Locale } from "@ghorfa/i18n";
import type * as z from "zod";
import type { FieldIssues } from "../services";

/** An issue as zod makes it; the node also makes some for what no schema checks (a body that is not JSON). */
export type Issue = z.core.$ZodIssue;

/**
 * The field errors of a problem, the one place issues become its `errors`: each issue with a
 * JSON pointer into its part of the request, its code and a sentence in `locale`.
 */
export function fieldErrors({ part, issues }: FieldIssues, locale: Locale): ProblemFieldError[] {
  return formatIssues(issues, locale).map((error) => ({ ...error, pointer: `/${part}${error.pointer}` }));
}
