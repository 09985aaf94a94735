import { ghorfaCodeOf } from "@ghorfa/schemas";
import type * as z from "zod";
import { InvalidInputError } from "./errors";

/** RFC 6901: `~` and `/` in a key are escaped. */
function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/**
 * `value` parsed by `schema`, or an InvalidInputError naming every field at fault by a JSON
 * pointer and a stable code (a Ghorfa issue code, else zod's own).
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    `The ${what} would not be valid`,
    result.error.issues.map((issue) => ({
      pointer: pointerOf(issue.path),
      code: ghorfaCodeOf(issue) ?? issue.code,
      message: issue.message,
    })),
  );
}
