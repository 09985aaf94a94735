import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBreakingChanges } from "../src/breaking/compare";
import { describeContract } from "../src/breaking/describe";
import type { JsonSchema } from "../src/openapi/json-schema";
import { routes } from "../src/routes";

// Invariants of the gate over the real contract: any field removed from any named schema is
// caught, wherever the schema is used; fields added and bounds loosened never are.

const real = describeContract(routes);
type ObjectSchema = JsonSchema & { properties: Record<string, JsonSchema>; required?: string[] };
const isObject = (schema: JsonSchema | undefined): schema is ObjectSchema =>
  typeof schema?.properties === "object" && schema.properties !== null;

// A schema beside a `$ref` may repeat its target's fields (LocalizedText); removing the copy
// removes nothing.
const fieldsOwned = Object.entries(real.schemas).flatMap(([name, schema]) =>
  isObject(schema) && schema.$ref === undefined
    ? Object.keys(schema.properties).map((field) => [name, field] as const)
    : [],
);
const objectNames = Object.keys(real.schemas).filter((name) => isObject(real.schemas[name]));
const bounded = Object.entries(real.schemas).flatMap(([name, schema]) =>
  isObject(schema)
    ? Object.entries(schema.properties)
        .filter(([, field]) => typeof field.maxLength === "number" || typeof field.maximum === "number")
        .map(([field]) => [name, field] as const)
    : [],
);

const withSchema = (name: string, change: (schema: ObjectSchema) => void) => {
  const after = structuredClone(real);
  change(after.schemas[name] as ObjectSchema);
  return after;
};

describe("the gate over the real contract", () => {
  it("catches a field removed from any named schema, in requests or responses", () => {
    expect(fieldsOwned.length).toBeGreaterThan(200);
    fc.assert(
      fc.property(fc.constantFrom(...fieldsOwned), ([name, field]) => {
        const after = withSchema(name, (schema) => {
          delete schema.properties[field];
          schema.required = schema.required?.filter((key) => key !== field);
        });
        const kinds = new Set(findBreakingChanges(real, after).map((change) => change.kind));
        expect(kinds.has("response-field-removed") || kinds.has("request-field-removed")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("lets any named schema gain an optional field of any type", () => {
    const type = fc.constantFrom("string", "integer", "boolean", "object", "array", "null");
    fc.assert(
      fc.property(fc.constantFrom(...objectNames), type, (name, fieldType) => {
        const after = withSchema(name, (schema) => {
          schema.properties.addedLater = { type: fieldType };
        });
        expect(findBreakingChanges(real, after)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("lets any field's upper bound rise", () => {
    expect(bounded.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...bounded), fc.integer({ min: 1, max: 1000 }), ([name, field], more) => {
        const after = withSchema(name, (schema) => {
          const current = schema.properties[field] as { maxLength?: number; maximum?: number };
          if (current.maxLength !== undefined) current.maxLength += more;
          if (current.maximum !== undefined) current.maximum += more;
        });
        expect(findBreakingChanges(real, after)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
