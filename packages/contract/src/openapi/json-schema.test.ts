import { textPattern } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { openapi } from "./document";
import { NON_BLANK_PATTERN, registryToJsonSchemas } from "./json-schema";

/** The JSON Schema of `schema` as a named component of the document. */
function jsonOf(schema: z.ZodType): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(schema, { id: "It" });
  return registryToJsonSchemas(registry, "output", (id) => id).It as Record<string, unknown>;
}

describe("the JSON Schema the document writes", () => {
  it("refuses blank text where zod trims before checking the length, and only there", () => {
    expect(jsonOf(z.string().trim().min(1))).toEqual({
      type: "string",
      minLength: 1,
      pattern: NON_BLANK_PATTERN,
    });
    expect(new RegExp(NON_BLANK_PATTERN, "u").test(" \u00a0\t\n")).toBe(false);
    expect(new RegExp(NON_BLANK_PATTERN, "u").test("  ⵜ ")).toBe(true);
    expect(jsonOf(z.string().min(3).trim().min(1))).toMatchObject({ pattern: NON_BLANK_PATTERN });
    expect(jsonOf(z.string().min(1))).toEqual({ type: "string", minLength: 1 });
    expect(jsonOf(z.string().trim())).toEqual({ type: "string" });
    expect(
      jsonOf(
        z
          .string()
          .trim()
          .min(1)
          .regex(/^[A-Z]+$/),
      ),
    ).toMatchObject({ pattern: "^[A-Z]+$" });
  });

  it("counts a policy text's minimum once trimmed, as the node does (an RC court of two characters)", () => {
    const schemas = openapi().components?.schemas ?? {};
    const { court } = (schemas.RegistreCommerce as { properties: { court: { pattern: string } } }).properties;
    expect(court.pattern).toBe(textPattern("line", 2));
    const says = (text: string) => new RegExp(court.pattern, "u").test(text);
    for (const refused of [" \u{218de}", " a ", "\u00a0x\u200b", "\u{218de}"])
      expect(says(refused), refused).toBe(false);
    for (const accepted of ["Agadir", "ab", " a b ", "\u{218de}\u{218de}"])
      expect(says(accepted), accepted).toBe(true);
  });

  it("says that a condition speaks only of the properties it names, not of a property named `if`", () => {
    const identifiers = z.object({ if: z.string(), kind: z.string() }).meta({
      if: { type: "object", properties: { kind: { const: "rent" } } },
    });
    const schema = jsonOf(identifiers) as { if: Record<string, unknown>; properties: { if: object } };
    expect(schema.if.unevaluatedProperties).toBe(true);
    expect(schema.properties.if).toEqual({ type: "string" });
  });

  it("writes a rule beside an object's fields as a part of allOf, which generators read as 'and'", () => {
    const rule = [{ required: ["ar"] }, { required: ["fr"] }];
    const text = z.object({ ar: z.string().optional(), fr: z.string().optional() }).meta({ anyOf: rule });
    const schema = jsonOf(text);
    expect(schema.anyOf).toBeUndefined();
    expect(schema.allOf).toEqual([{ anyOf: rule }]);
    const nullable = z.object({ a: z.string() }).nullable();
    expect(jsonOf(nullable)).toEqual({
      anyOf: [expect.objectContaining({ type: "object" }), { type: "null" }],
    });
  });
});

describe("the text policy in the OpenAPI document", () => {
  it("gives every text under the policy its pattern: domain fields, the search text and API key names", () => {
    const doc = openapi() as unknown as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; schema: { pattern?: string } }[] }>
      >;
      components: { schemas: Record<string, { properties?: Record<string, { pattern?: string }> }> };
    };
    const q = doc.paths["/chambers/{chamberId}/members"]?.get?.parameters?.find((p) => p.name === "q");
    expect(q?.schema.pattern).toBe(textPattern("line"));
    const city = doc.paths["/chambers/{chamberId}/members"]?.get?.parameters?.find((p) => p.name === "city");
    expect(city?.schema.pattern).toBe(textPattern("line"));
    const patterns = JSON.stringify(doc.components.schemas);
    expect(patterns).toContain(JSON.stringify(textPattern("block")));
    // A NUL, a bidi override or a zero-width space alone is refused by the document too.
    const line = new RegExp(textPattern("line"), "u");
    expect(["Atlas", "أطلس", "ⴰⵟⵍⴰⵙ"].every((text) => line.test(text))).toBe(true);
    expect(["a\u0000", "a\u202e", "\u200b", "a\ud800"].some((text) => line.test(text))).toBe(false);
  });
});
