// One walk over JSON Schemas, shared by this package's rewrites of its shipped files and by
// @ghorfa/contract's rewrites of its OpenAPI document, so both read a schema the same way.

export type JsonSchema = { [key: string]: unknown };

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

/**
 * Calls `visit` on `schema` and every schema inside it, parents first, with the keyword the node
 * sits under (none for `schema` itself); `visit` may change them.
 */
export function visitSchemas(schema: JsonSchema, visit: (node: JsonSchema, keyword?: string) => void): void {
  visit(schema);
  const walk = (value: unknown, keyword: string) => {
    if (isSchema(value)) visitSchemas(value, (node, inner) => visit(node, inner ?? keyword));
  };
  for (const keyword of ONE) walk(schema[keyword], keyword);
  for (const keyword of LIST) {
    const value = schema[keyword];
    if (Array.isArray(value)) for (const item of value) walk(item, keyword);
  }
  for (const keyword of MAP) {
    const value = schema[keyword];
    if (isSchema(value)) for (const item of Object.values(value)) walk(item, keyword);
  }
}
