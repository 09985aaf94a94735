import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "../src/openapi/document";

const BASE = "https://ghorfa.test/openapi.json";

/**
 * Ajv (JSON Schema 2020-12, strict, with formats) over the schemas of an OpenAPI document, as a
 * chamber's JavaScript tooling would use them: `validatorOf(name)` for a component,
 * `validatorFor(schema)` for a schema of the document that refers to components.
 */
export function documentAjv(doc: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // Ajv's strict mode refuses unknown keywords such as `components`; the same schemas under
  // `$defs`, refs rewritten to match, are the same schemas.
  const toDefs = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${BASE}#/$defs/`));
  ajv.addSchema({ $id: BASE, $defs: toDefs(doc.components.schemas) });
  const compiled = new Map<string, ValidateFunction>();
  return {
    ajv,
    validatorOf(name: string): ValidateFunction {
      const validate = ajv.getSchema(`${BASE}#/$defs/${name}`);
      if (!validate) throw new Error(`No component ${name}`);
      return validate;
    },
    validatorFor(schema: unknown): ValidateFunction {
      const key = JSON.stringify(schema);
      const known = compiled.get(key);
      if (known) return known;
      const validate = ajv.compile(toDefs(schema));
      compiled.set(key, validate);
      return validate;
    },
  };
}
