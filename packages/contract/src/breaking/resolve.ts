import { type JsonSchema, REF_PREFIX } from "../openapi/json-schema";

/** A JSON Schema as the gate reads it: refs followed, `allOf` folded in, patterns gathered. */
export type Resolved = JsonSchema & {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  format?: string;
  /** Every `pattern` the value must match (a schema and its `allOf` parts may each have one). */
  patterns?: string[];
};

/** Keywords that describe a schema without constraining values. */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
]);

const LOWER_BOUNDS = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"]);
const UPPER_BOUNDS = new Set(["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"]);

/** Whether `schema` constrains values besides (or instead of) its `anyOf`/`oneOf`. */
export function hasOwnConstraints(schema: JsonSchema): boolean {
  return Object.keys(schema).some((key) => !ANNOTATIONS.has(key) && key !== "anyOf" && key !== "oneOf");
}

/**
 * `a` and `b` at once (`allOf`), as one schema. Exact for what zod writes (a `$ref` with the
 * refinements of a derived schema beside it, checks split into `allOf` parts); for a property
 * both constrain, the result is an `allOf` the next `resolve` folds in turn.
 */
function intersect(a: Resolved, b: Resolved): Resolved {
  const out: Resolved = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    if (mine === undefined) out[key] = value;
    else if (key === "properties") {
      const merged = { ...(mine as Record<string, JsonSchema>) };
      for (const [name, schema] of Object.entries(value as Record<string, JsonSchema>)) {
        const existing = merged[name];
        merged[name] =
          existing === undefined || JSON.stringify(existing) === JSON.stringify(schema)
            ? schema
            : { allOf: [existing, schema] };
      }
      out.properties = merged;
    } else if (key === "required" || key === "patterns") {
      out[key] = [...new Set([...(mine as string[]), ...(value as string[])])].sort();
    } else if (LOWER_BOUNDS.has(key)) out[key] = Math.max(mine as number, value as number);
    else if (UPPER_BOUNDS.has(key)) out[key] = Math.min(mine as number, value as number);
    else out[key] = value;
  }
  return out;
}

/** Follows `$ref`s (keeping what sits beside them) and folds `allOf` parts into one schema. */
export function resolve(schema: JsonSchema, root: Record<string, JsonSchema>, hops = 0): Resolved {
  if (hops > 32) throw new Error("Schema references loop");
  const { $ref, allOf, pattern, ...rest } = schema as Resolved & { $ref?: unknown; allOf?: JsonSchema[] };
  let out: Resolved = rest;
  if (typeof pattern === "string") out = intersect(out, { patterns: [pattern] });
  if (typeof $ref === "string" && $ref.startsWith(REF_PREFIX)) {
    const target = root[$ref.slice(REF_PREFIX.length)];
    if (target === undefined) throw new Error(`Unknown schema ${$ref}`);
    out = intersect(resolve(target, root, hops + 1), out);
  }
  for (const part of allOf ?? []) out = intersect(out, resolve(part, root, hops + 1));
  return out;
}
