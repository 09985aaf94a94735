import type { ProblemFieldError } from "@ghorfa/contract";
import { formatIssues, type Locale } from "@ghorfa/i18n";
import type * as z from "zod";
import type { RequestPart } from "./validate";

/** An issue as zod makes it; the node also makes some for what no schema checks (a body that is not JSON). */
export type Issue = z.core.$ZodIssue;

/** The field errors of a problem: each issue with a JSON pointer into `part` and a sentence in `locale`. */
export function fieldErrors(
  issues: readonly Issue[],
  part: RequestPart,
  locale: Locale,
): ProblemFieldError[] {
  return formatIssues(issues, locale).map((error) => ({ ...error, pointer: `/${part}${error.pointer}` }));
}

/** The path segments of a JSON pointer (RFC 6901). */
export function pathOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}
