import type * as z from "zod";
import { ValidationError } from "./errors";

/**
 * `value` parsed by `schema`, or a ValidationError with zod's issues. Services validate records
 * they build from a request's body (a create or patch body, a status change), so the issues
 * point into the body.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(`The ${what} would not be valid`, { part: "body", issues: result.error.issues });
}
