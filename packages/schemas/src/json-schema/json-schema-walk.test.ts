import { describe, expect, it } from "vitest";
import { jsonSchemaIf } from "./json-schema-if";
import { type JsonSchema, visitSchemas } from "./json-schema-walk";

describe("visitSchemas", () => {
  it("visits parents first, each node with the nearest keyword it sits under", () => {
    const schema: JsonSchema = {
      properties: { a: { items: { type: "string" } } },
      allOf: [jsonSchemaIf({ const: 1 }, { not: { type: "null" } })],
      $defs: { d: { prefixItems: [{ type: "number" }] } },
    };
    const keywords: (string | undefined)[] = [];
    visitSchemas(schema, (_, keyword) => keywords.push(keyword));
    expect(keywords).toEqual([
      undefined,
      "allOf",
      "if",
      "then",
      "not",
      "properties",
      "items",
      "$defs",
      "prefixItems",
    ]);
  });

  // A property named like a keyword (a member's `if`, its identifiant fiscal) is a field, not a condition.
  it("follows keywords only, not properties named like them", () => {
    const keywords: (string | undefined)[] = [];
    visitSchemas({ properties: { if: { type: "string" } }, required: ["if"] }, (_, keyword) =>
      keywords.push(keyword),
    );
    expect(keywords).toEqual([undefined, "properties"]);
  });

  it("lets visit change a node before its children are read", () => {
    const schema: JsonSchema = {};
    let visits = 0;
    visitSchemas(schema, (node) => {
      visits++;
      if (node === schema) node.not = { type: "null" };
    });
    expect(visits).toBe(2);
  });
});
