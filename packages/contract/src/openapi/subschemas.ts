import type { JsonSchema } from "./json-schema";

// The keywords of JSON Schema 2020-12 whose values are schemas, by how they hold them. A walk
// that follows only these never mistakes a property *named* `if` or `not` (the `if` of a
// member's identifiers is its identifiant fiscal) for a keyword.
const ONE = [
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "propertyNames",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
] as const;
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const MAP = ["properties", "patternProperties", "dependentSchemas", "$defs"] as const;

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The schemas directly inside `schema`, each with the keyword (and name) it sits under. */
export function subschemasOf(schema: JsonSchema): { keyword: string; schema: JsonSchema }[] {
  const out: { keyword: string; schema: JsonSchema }[] = [];
  for (const keyword of ONE) {
    const value = schema[keyword];
    if (isSchema(value)) out.push({ keyword, schema: value });
  }
  for (const keyword of LIST) {
    const value = schema[keyword];
    if (Array.isArray(value))
      for (const item of value) if (isSchema(item)) out.push({ keyword, schema: item });
  }
  for (const keyword of MAP) {
    const value = schema[keyword];
    if (isSchema(value))
      for (const item of Object.values(value)) if (isSchema(item)) out.push({ keyword, schema: item });
  }
  return out;
}

/** Calls `visit` on `schema` and every schema inside it, parents first; `visit` may change them. */
export function visitSchemas(
  schema: JsonSchema,
  visit: (schema: JsonSchema, keyword?: string) => void,
): void {
  const walk = (node: JsonSchema, keyword?: string) => {
    visit(node, keyword);
    for (const child of subschemasOf(node)) walk(child.schema, child.keyword);
  };
  walk(schema);
}
