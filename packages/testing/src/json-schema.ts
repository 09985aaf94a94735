import fc from "fast-check";

// Helpers of the tests that hold a JSON Schema against the zod schema it comes from: values are
// taken through JSON, changed at one place, and zod's refusals sorted into those JSON Schema can
// say too and the rest.

/** `value` as it is after a trip through JSON. */
export const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Every place in a JSON value, as a key path (the value itself first, at `[]`). */
export function placesOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      out.push(...placesOf(child, [...path, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return out;
}

/** `value` with the place at `path` replaced by `replacement`, or removed when it is undefined. */
export function mutated(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as typeof node, copy);
  const last = path.at(-1) as string | number;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/** What a change puts at a place: nothing (the place goes), a small JSON value, or one of `edgeCases`. */
export const replacements = (...edgeCases: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(...edgeCases));

/** Issue codes of what JSON Schema says too (types, enums, bounds, patterns and formats, keys). */
const SAID_BY_JSON_SCHEMA = new Set([
  "invalid_type",
  "invalid_value",
  "too_small",
  "too_big",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
]);

/** A zod issue, as far as telling whether JSON Schema can say it. */
export type Issue = { code: string; errors?: Issue[][] };

/** Whether JSON Schema can say what a zod issue says (a union's, when each branch's can be). */
export const isSaidByJsonSchema = (issue: Issue): boolean =>
  issue.code === "invalid_union"
    ? (issue.errors ?? []).every((branch) => branch.some(isSaidByJsonSchema))
    : SAID_BY_JSON_SCHEMA.has(issue.code);
