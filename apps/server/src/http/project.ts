import type * as z from "zod";

/** Keeps, from a value, only what a schema names. */
export type Projector = (value: unknown) => unknown;

const identity: Projector = (value) => value;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * A function that copies from a value exactly the fields `schema` names, in its order, at every
 * depth: the response schema as an allowlist, without the cost of validating again what the
 * database gives back (it was validated by the same schemas on its way in). Unions keep the
 * fields of any of their object options. Tests compare it with `schema.parse` on every record of
 * the demo data.
 */
export function projector(schema: z.ZodType): Projector {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return objectProjector(Object.entries(def.shape ?? {}).map(([key, field]) => [key, projector(field)]));
    case "array": {
      const element = projector(def.element as z.ZodType);
      return (value) => (Array.isArray(value) ? value.map(element) : value);
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return projector(def.innerType as z.ZodType);
    case "pipe":
      return defOf(def.out as z.ZodType).type === "transform" ? identity : projector(def.out as z.ZodType);
    case "lazy":
      return (value) => projector((def.getter as () => z.ZodType)())(value);
    case "record": {
      const field = projector(def.valueType as z.ZodType);
      return (value) =>
        isObject(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, field(v)])) : value;
    }
    case "union":
      return unionProjector(def.options ?? []);
    default:
      return identity;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Compiled to straight-line code, one property read and write per field: this runs for every
 * field of every record a list sends, and V8 keeps such a function's property accesses
 * monomorphic where a loop over the field list stays generic. Keys are written as JSON strings,
 * so no key, however named, is read as code; fields whose projector is the identity are copied.
 */
function objectProjector(fields: [string, Projector][]): Projector {
  const nested = fields.filter(([, field]) => field !== identity).map(([, field]) => field);
  const lines = fields.map(([key, field]) => {
    const name = JSON.stringify(key);
    const value = field === identity ? "v" : `nested[${nested.indexOf(field)}](v)`;
    return `v = value[${name}]; if (v !== undefined) out[${name}] = ${value};`;
  });
  const compiled = new Function(
    "nested",
    `return function project(value) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const out = {};
      let v;
      ${lines.join("\n      ")}
      return out;
    };`,
  ) as (nested: Projector[]) => Projector;
  return compiled(nested);
}

function unionProjector(options: z.ZodType[]): Projector {
  const objects = options.filter((option) => defOf(option).type === "object");
  if (objects.length === 0) return identity;
  const fields = new Map<string, Projector>();
  for (const option of objects) {
    for (const [key, field] of Object.entries(defOf(option).shape ?? {})) {
      if (!fields.has(key)) fields.set(key, projector(field));
    }
  }
  return objectProjector([...fields]);
}
