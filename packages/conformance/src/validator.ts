import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema, OpenApiDocument } from "./document";

const BASE = "https://conformance.ghorfa.invalid/openapi.json";

/** `#/components/...` made absolute, so that a schema taken out of the document still finds its refs. */
function absolute(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(absolute);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? `${BASE}${value}`
        : absolute(value);
  }
  return out;
}

export interface Validator {
  /** Null when `value` is valid against `schema` (a schema of the document), else what is wrong. */
  errors(schema: JsonSchema, value: unknown): string | null;
  isValid(schema: JsonSchema, value: unknown): boolean;
}

/** JSON Schema 2020-12 validation (OpenAPI 3.1's dialect) of values against schemas of `document`. */
export function createValidator(document: OpenApiDocument): Validator {
  // Not strict: OpenAPI adds keywords of its own (`example`, `discriminator`, `x-…`).
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: BASE, components: absolute(document.components ?? {}) } as object);
  const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();
  const compile = (schema: JsonSchema) => {
    if (typeof schema === "boolean") return ajv.compile(schema);
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(absolute(schema) as object);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const describe = (errors: ErrorObject[] | null | undefined) =>
    (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`).join("; ");
  return {
    errors(schema, value) {
      const validate = compile(schema);
      return validate(value) ? null : describe(validate.errors) || "invalid";
    },
    isValid(schema, value) {
      return compile(schema)(value) === true;
    },
  };
}
