import { type JsonSchema, type OpenApiDocument, resolvePointer, type SchemaObject } from "./document";

/**
 * A schema with its `$ref`s followed and its `allOf` merged in, so that the generator and the
 * mutator see one set of keywords. `anyOf`/`oneOf` and `if`/`then`/`else` are kept apart, as
 * lists to choose from.
 */
export interface Shape {
  types?: string[];
  properties: Record<string, JsonSchema>;
  required: string[];
  closed: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  patterns: string[];
  minLength?: number;
  maxLength?: number;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  enum?: unknown[];
  hasConst: boolean;
  const?: unknown;
  /** Each entry: the value must match one of these schemas (from anyOf and oneOf). */
  alternatives: JsonSchema[][];
  conditionals: { if: JsonSchema; then?: JsonSchema; else?: JsonSchema }[];
  nots: JsonSchema[];
  /** False when the schema accepts nothing. */
  satisfiable: boolean;
}

function emptyShape(): Shape {
  return {
    properties: {},
    required: [],
    closed: false,
    patterns: [],
    hasConst: false,
    alternatives: [],
    conditionals: [],
    nots: [],
    satisfiable: true,
  };
}

const max = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);
const min = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

function mergeInto(target: Shape, source: Shape): void {
  if (source.types) {
    const sourceTypes = source.types;
    // "integer" is a kind of "number": their intersection is "integer".
    const meet = (t: string) =>
      sourceTypes.includes(t)
        ? [t]
        : t === "number" && sourceTypes.includes("integer")
          ? ["integer"]
          : t === "integer" && sourceTypes.includes("number")
            ? [t]
            : [];
    target.types = target.types ? target.types.flatMap(meet) : [...sourceTypes];
    if (target.types.length === 0) target.satisfiable = false;
  }
  for (const [key, schema] of Object.entries(source.properties)) {
    const existing = target.properties[key];
    target.properties[key] = existing === undefined ? schema : { allOf: [existing, schema] };
  }
  target.required = [...new Set([...target.required, ...source.required])];
  target.closed ||= source.closed;
  if (source.items !== undefined) {
    target.items = target.items === undefined ? source.items : { allOf: [target.items, source.items] };
  }
  target.minItems = max(target.minItems, source.minItems);
  target.maxItems = min(target.maxItems, source.maxItems);
  target.uniqueItems ||= source.uniqueItems;
  target.patterns.push(...source.patterns);
  target.minLength = max(target.minLength, source.minLength);
  target.maxLength = min(target.maxLength, source.maxLength);
  target.format ??= source.format;
  target.minimum = max(target.minimum, source.minimum);
  target.maximum = min(target.maximum, source.maximum);
  target.exclusiveMinimum = max(target.exclusiveMinimum, source.exclusiveMinimum);
  target.exclusiveMaximum = min(target.exclusiveMaximum, source.exclusiveMaximum);
  target.multipleOf ??= source.multipleOf;
  if (source.enum) {
    const sourceEnum = source.enum;
    target.enum = target.enum
      ? target.enum.filter((v) => sourceEnum.some((w) => JSON.stringify(w) === JSON.stringify(v)))
      : [...sourceEnum];
  }
  if (source.hasConst) {
    target.hasConst = true;
    target.const = source.const;
  }
  target.alternatives.push(...source.alternatives);
  target.conditionals.push(...source.conditionals);
  target.nots.push(...source.nots);
  target.satisfiable &&= source.satisfiable;
}

const cache = new WeakMap<object, Shape>();

/** The shape of `schema`; `$ref`s are local pointers into `document`. */
export function shapeOf(schema: JsonSchema, document: OpenApiDocument, depth = 0): Shape {
  if (schema === true) return emptyShape();
  if (schema === false) return { ...emptyShape(), satisfiable: false };
  const cached = cache.get(schema);
  if (cached) return cached;
  if (depth > 64) throw new Error("schema nesting too deep (a $ref cycle?)");
  const s = schema as SchemaObject;
  const shape = emptyShape();
  if (typeof s.$ref === "string") {
    mergeInto(shape, shapeOf(resolvePointer(document, s.$ref) as JsonSchema, document, depth + 1));
  }
  for (const sub of (s.allOf ?? []) as JsonSchema[]) mergeInto(shape, shapeOf(sub, document, depth + 1));
  const own = emptyShape();
  if (typeof s.type === "string") own.types = [s.type];
  if (Array.isArray(s.type)) own.types = s.type as string[];
  if (s.properties) own.properties = { ...(s.properties as Record<string, JsonSchema>) };
  if (Array.isArray(s.required)) own.required = s.required as string[];
  own.closed = s.additionalProperties === false || s.unevaluatedProperties === false;
  if (s.items !== undefined) own.items = s.items as JsonSchema;
  if (typeof s.minItems === "number") own.minItems = s.minItems;
  if (typeof s.maxItems === "number") own.maxItems = s.maxItems;
  if (s.uniqueItems === true) own.uniqueItems = true;
  if (typeof s.pattern === "string") own.patterns = [s.pattern];
  if (typeof s.minLength === "number") own.minLength = s.minLength;
  if (typeof s.maxLength === "number") own.maxLength = s.maxLength;
  if (typeof s.format === "string") own.format = s.format;
  for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"] as const) {
    if (typeof s[key] === "number") own[key] = s[key] as number;
  }
  if (Array.isArray(s.enum)) own.enum = s.enum;
  if ("const" in s) {
    own.hasConst = true;
    own.const = s.const;
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    if (Array.isArray(s[key])) own.alternatives.push(s[key] as JsonSchema[]);
  }
  if (s.if !== undefined) {
    own.conditionals.push({
      if: s.if as JsonSchema,
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, never awaited
      ...(s.then === undefined ? {} : { then: s.then as JsonSchema }),
      ...(s.else === undefined ? {} : { else: s.else as JsonSchema }),
    });
  }
  if (s.not !== undefined) own.nots.push(s.not as JsonSchema);
  mergeInto(shape, own);
  cache.set(schema, shape);
  return shape;
}

/** `shape` with one of its alternatives or conditional branches taken: a plain merge of both. */
export function narrow(shape: Shape, extra: JsonSchema, document: OpenApiDocument): Shape {
  const out: Shape = {
    ...shape,
    properties: { ...shape.properties },
    required: [...shape.required],
    patterns: [...shape.patterns],
    alternatives: [...shape.alternatives],
    conditionals: [...shape.conditionals],
    nots: [...shape.nots],
  };
  mergeInto(out, shapeOf(extra, document));
  return out;
}

/** The JSON types a value of `shape` may have. */
export function typesOf(shape: Shape): string[] {
  if (shape.types) return shape.types;
  if (shape.hasConst) return [jsonType(shape.const)];
  if (shape.enum) return [...new Set(shape.enum.map(jsonType))];
  if (Object.keys(shape.properties).length > 0 || shape.required.length > 0) return ["object"];
  if (shape.items !== undefined) return ["array"];
  if (shape.patterns.length > 0 || shape.minLength !== undefined || shape.format) return ["string"];
  if (shape.minimum !== undefined || shape.maximum !== undefined) return ["number"];
  return [];
}

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
