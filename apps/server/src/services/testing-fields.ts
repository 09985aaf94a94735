import { toJsonPointer } from "@ghorfa/i18n";
import { issueCodeOf } from "@ghorfa/schemas";
import { ValidationError } from "./errors";

/**
 * For tests: the fields a ValidationError names, as pointers into its part of the request and
 * the codes the wire will carry, without a catalog. Anything else is thrown back.
 */
export function fieldsOf(error: unknown): { pointer: string; code: string; message: string }[] {
  if (!(error instanceof ValidationError)) throw error;
  return error.issues.map((issue) => ({
    pointer: toJsonPointer(issue.path),
    code: issueCodeOf(issue),
    message: issue.message,
  }));
}
