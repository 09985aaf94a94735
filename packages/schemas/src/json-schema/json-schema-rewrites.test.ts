import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  asciiDigitsPattern,
  nestRules,
  nonBlankPattern,
  openConditions,
  refuseBlank,
} from "./json-schema-rewrites";

describe("asciiDigitsPattern", () => {
  it("writes \\d as [0-9] outside a class and 0-9 inside one, and leaves an escaped backslash alone", () => {
    expect(asciiDigitsPattern("^\\d{4}-\\d\\d$")).toBe("^[0-9]{4}-[0-9][0-9]$");
    expect(asciiDigitsPattern("^[\\d.]+$")).toBe("^[0-9.]+$");
    expect(asciiDigitsPattern("^[^\\d]$")).toBe("^[^0-9]$");
    expect(asciiDigitsPattern("^\\\\d$")).toBe("^\\\\d$");
    expect(asciiDigitsPattern("^\\[\\d\\]$")).toBe("^\\[[0-9]\\]$");
  });

  it("means in JavaScript what the pattern meant", () => {
    const pattern = "^(?:\\d\\d[2468][048]|[\\d-]+)$";
    for (const text of ["2024", "12-34", "٢٠٢٤", "ab"]) {
      expect(new RegExp(asciiDigitsPattern(pattern), "u").test(text)).toBe(
        new RegExp(pattern, "u").test(text),
      );
    }
  });
});

describe("nonBlankPattern", () => {
  it("asks for as many characters between the first and last non-space ones as the trimmed minimum", () => {
    const matches = (min: number, text: string) => new RegExp(nonBlankPattern(min), "u").test(text);
    expect([" ", "\u00a0\n", " a "].map((t) => matches(1, t))).toEqual([false, false, true]);
    expect([" a ", "ab", " a b "].map((t) => matches(2, t))).toEqual([false, true, true]);
    expect(["a  b", "a b c", " abc "].map((t) => matches(4, t))).toEqual([true, true, false]);
  });
});

describe("refuseBlank", () => {
  it("gives a trimmed string with a minimum its pattern, and leaves other strings alone", () => {
    const schema = z.object({
      name: z.string().trim().min(2),
      note: z.string().min(1),
      code: z
        .string()
        .trim()
        .regex(/^[A-Z]+$/),
    });
    const json = z.toJSONSchema(schema, { override: refuseBlank }) as {
      properties: Record<string, { pattern?: string }>;
    };
    expect(json.properties.name?.pattern).toBe(nonBlankPattern(2));
    expect(json.properties.note?.pattern).toBeUndefined();
    expect(json.properties.code?.pattern).toBe("^[A-Z]+$");
  });

  it("writes the pattern it is given for the largest minimum checked after the trim", () => {
    const schema = z.object({ name: z.string().min(9).trim().min(2).min(3), note: z.string().min(2).trim() });
    const json = z.toJSONSchema(schema, {
      override: (ctx) => refuseBlank(ctx, (min) => `\\S{${min}}`),
    }) as { properties: Record<string, { pattern?: string }> };
    expect(json.properties.name?.pattern).toBe("\\S{3}");
    expect(json.properties.note?.pattern).toBeUndefined();
  });
});

describe("openConditions and nestRules", () => {
  it("open conditions only, never a property that happens to be named like a keyword", () => {
    const schema = {
      type: "object",
      properties: { if: { type: "object", properties: { a: { type: "string" } } } },
      if: { type: "object", properties: { kind: { const: "x" } } },
    };
    const opened = openConditions(structuredClone(schema)) as typeof schema & {
      if: { unevaluatedProperties?: boolean };
      properties: { if: { unevaluatedProperties?: boolean } };
    };
    expect(opened.if.unevaluatedProperties).toBe(true);
    expect(opened.properties.if.unevaluatedProperties).toBeUndefined();
  });

  it("move a rule beside an object's fields under allOf, keeping what allOf held", () => {
    const rule = [{ required: ["ar"] }, { required: ["fr"] }];
    const nested = nestRules({
      type: "object",
      properties: { ar: {} },
      anyOf: rule,
      allOf: [{ minProperties: 1 }],
    });
    expect(nested).toEqual({
      type: "object",
      properties: { ar: {} },
      allOf: [{ minProperties: 1 }, { anyOf: rule }],
    });
    const union = { anyOf: [{ type: "string" }, { type: "number" }] };
    expect(nestRules(structuredClone(union))).toEqual(union);
  });
});
