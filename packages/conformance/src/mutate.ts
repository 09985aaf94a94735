import type { JsonSchema, OpenApiDocument } from "./document";
import { narrow, type Shape, shapeOf, typesOf } from "./schema-shape";
import type { Validator } from "./validator";

export const REMOVE = Symbol("remove");

/** One way to make a valid value invalid: put `replacement` (or nothing) at `path`. */
export interface Mutation {
  readonly path: readonly (string | number)[];
  readonly replacement: unknown;
  readonly why: string;
}

const NOT_DOCUMENTED = "not-a-documented-value";
const PATTERN_BREAKERS = ["", "!", "0", "a b", "ZZ~not~matching~ZZ", "-1"];

/** Values that break one keyword of `shape`, each with the keyword it breaks. */
export function violations(shape: Shape, current: unknown): { value: unknown; why: string }[] {
  const out: { value: unknown; why: string }[] = [];
  const types = typesOf(shape);
  if (types.length > 0) {
    const allows = (type: string) => types.includes(type) || (type === "integer" && types.includes("number"));
    const wrong: [unknown, string][] = [
      ["12", "string"],
      [12345, "integer"],
      [[], "array"],
      [{}, "object"],
      [true, "boolean"],
    ];
    const [value] = wrong.find(([, type]) => !allows(type)) ?? [];
    if (value !== undefined) out.push({ value, why: `type: not ${types.join("|")}` });
    if (!types.includes("null")) out.push({ value: null, why: "type: null" });
  }
  if (shape.hasConst || shape.enum) out.push({ value: NOT_DOCUMENTED, why: "enum: an undocumented value" });
  if (typeof current === "string") {
    if (shape.minLength !== undefined && shape.minLength > 0) {
      out.push({
        value: [...current].slice(0, shape.minLength - 1).join(""),
        why: `minLength ${shape.minLength}`,
      });
    }
    if (shape.maxLength !== undefined && shape.maxLength < 4096) {
      out.push({ value: "a".repeat(shape.maxLength + 1), why: `maxLength ${shape.maxLength}` });
    }
    for (const pattern of shape.patterns) {
      const regex = new RegExp(pattern, "u");
      const breaker = PATTERN_BREAKERS.find((s) => !regex.test(s));
      if (breaker !== undefined) out.push({ value: breaker, why: `pattern ${pattern.slice(0, 60)}` });
    }
    if (shape.format === "date" || shape.format === "date-time")
      out.push({ value: "2026-02-30", why: `format ${shape.format}` });
  }
  if (typeof current === "number") {
    if (types.includes("integer") && !types.includes("number"))
      out.push({ value: current + 0.5, why: "type: integer" });
    if (shape.minimum !== undefined) out.push({ value: shape.minimum - 1, why: `minimum ${shape.minimum}` });
    if (shape.maximum !== undefined) out.push({ value: shape.maximum + 1, why: `maximum ${shape.maximum}` });
    if (shape.exclusiveMinimum !== undefined)
      out.push({ value: shape.exclusiveMinimum, why: "exclusiveMinimum" });
    if (shape.exclusiveMaximum !== undefined)
      out.push({ value: shape.exclusiveMaximum, why: "exclusiveMaximum" });
  }
  if (Array.isArray(current)) {
    if (shape.minItems !== undefined && shape.minItems > 0) {
      out.push({ value: current.slice(0, shape.minItems - 1), why: `minItems ${shape.minItems}` });
    }
    if (shape.maxItems !== undefined && shape.maxItems < 256 && current.length > 0) {
      out.push({
        value: Array.from({ length: shape.maxItems + 1 }, () => current[0]),
        why: `maxItems ${shape.maxItems}`,
      });
    }
  }
  return out;
}

/** The branch of `shape`'s anyOf/oneOf and if/then/else that `value` took. */
function takenShape(shape: Shape, value: unknown, document: OpenApiDocument, validator: Validator): Shape {
  let out = { ...shape, alternatives: [] as JsonSchema[][], conditionals: [] as Shape["conditionals"] };
  for (const alternatives of shape.alternatives) {
    const branch = alternatives.find((b) => validator.isValid(b, value));
    if (branch !== undefined) out = narrow(out, branch, document);
  }
  for (const c of shape.conditionals) {
    const branch = validator.isValid(c.if, value) ? c.then : c.else;
    if (branch !== undefined) out = narrow(out, branch, document);
  }
  return { ...out, alternatives: [], conditionals: [] };
}

/** Every mutation of `value` (valid against `schema`) that this tool knows, deepest last. */
export function mutationsOf(
  schema: JsonSchema,
  value: unknown,
  document: OpenApiDocument,
  validator: Validator,
  path: (string | number)[] = [],
): Mutation[] {
  if (typeof schema === "boolean" || path.length > 24) return [];
  const shape = takenShape(shapeOf(schema, document), value, document, validator);
  const out: Mutation[] = violations(shape, value).map(({ value: replacement, why }) => ({
    path,
    replacement,
    why,
  }));
  if (Array.isArray(value) && shape.items !== undefined && value.length > 0) {
    out.push(...mutationsOf(shape.items, value[0], document, validator, [...path, 0]));
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of shape.required) {
      if (key in record) out.push({ path: [...path, key], replacement: REMOVE, why: `required ${key}` });
    }
    if (shape.closed)
      out.push({ path: [...path, "undocumentedProperty"], replacement: 1, why: "no other properties" });
    for (const [key, child] of Object.entries(record)) {
      const property = shape.properties[key];
      if (property !== undefined)
        out.push(...mutationsOf(property, child, document, validator, [...path, key]));
    }
  }
  return out;
}

/** A copy of `root` with `mutation` applied. */
export function applyMutation(root: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0) return mutation.replacement === REMOVE ? undefined : mutation.replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of mutation.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = mutation.path[mutation.path.length - 1] as string | number;
  if (mutation.replacement === REMOVE) delete node[last];
  else node[last] = mutation.replacement;
  return copy;
}
