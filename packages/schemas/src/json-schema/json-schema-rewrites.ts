import type * as z from "zod";
import { type JsonSchema, visitSchemas } from "./json-schema-walk";
import { type TextKind, textKindOf, textPattern } from "../text/text";

// What the shipped JSON Schemas need beyond what zod writes, so that other tools read them as zod
// means them. @ghorfa/contract makes the same changes to the schemas of its OpenAPI document, with
// the ones src/index.ts exports, so that both documents say the same things the same way.

/** Whether a zod string check is `.trim()`: an overwrite that strips white space at both ends. */
function isTrim(check: z.core.$ZodCheck): boolean {
  const def = check._zod.def as { check: string; tx?: (value: string) => unknown };
  return def.check === "overwrite" && typeof def.tx === "function" && def.tx(" \u00a0x\t\n") === "x";
}

/**
 * The pattern of a string that has at least `min` characters once trimmed: `\S` for one, and two
 * non-space characters at least `min` apart for more ("\S[\s\S]*\S" for an RC court of 2). A
 * text under the text policy (`textLine`, `textBlock`) gets the policy's pattern instead, which
 * also refuses its control, bidi and invalid code points, and counts invisible characters as blank.
 */
export function nonBlankPattern(min: number, text?: TextKind): string {
  if (text !== undefined) return textPattern(text, min);
  return min <= 1 ? "\\S" : `\\S[\\s\\S]${min === 2 ? "*" : `{${min - 2},}`}\\S`;
}

/**
 * A zod `override`: `z.string().trim().min(n)` refuses "   ", but its JSON Schema (`minLength`)
 * does not say so, since trimming happens before the length is checked. A pattern says it:
 * `pattern(n)`, `n` the largest minimum checked after the trim. The contract's OpenAPI document
 * keeps `\S` whatever `n`, the pattern its released versions have: a longer one would be new.
 */
export function refuseBlank(
  ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema },
  pattern: (min: number, text?: TextKind) => string = nonBlankPattern,
): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type !== "string" || ctx.jsonSchema.pattern !== undefined || ctx.jsonSchema.allOf) return;
  const checks = def.checks ?? [];
  const trim = checks.findIndex(isTrim);
  let min = 0;
  let text: TextKind | undefined;
  checks.forEach((check, index) => {
    const d = check._zod.def as { check: string; minimum?: number };
    if (index > trim && d.check === "min_length") min = Math.max(min, d.minimum ?? 0);
    text ??= textKindOf(check);
  });
  if (trim !== -1 && min >= 1) ctx.jsonSchema.pattern = pattern(min, text);
}

const CONDITIONS = new Set(["if", "then", "else", "contains"]);

/**
 * A condition (`if`/`then`/`else`, `contains`) names the few properties it tests and says
 * nothing of the others. Saying so (`unevaluatedProperties: true`) changes no validation, and
 * keeps linters that close every object schema to check examples (`redocly lint`'s default
 * `no-invalid-media-type-examples`) from reading "kind is rent" as "only kind is allowed".
 */
export function openConditions(schema: JsonSchema): JsonSchema {
  visitSchemas(schema, (node, keyword) => {
    if (keyword && CONDITIONS.has(keyword) && node.properties && node.unevaluatedProperties === undefined) {
      node.unevaluatedProperties = true;
    }
  });
  return schema;
}

/**
 * A rule beside an object's fields (`anyOf` of required keys: LocalizedText's "Arabic or French")
 * means "these fields, and one of these", which is what `allOf: [{ anyOf }]` says to code
 * generators: openapi-typescript reads the bare form as "these fields, or one of these".
 */
export function nestRules(schema: JsonSchema): JsonSchema {
  visitSchemas(schema, (node) => {
    if (!node.properties) return;
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const rule = node[keyword];
      if (rule === undefined) continue;
      delete node[keyword];
      node.allOf = [...((node.allOf as JsonSchema[] | undefined) ?? []), { [keyword]: rule }];
    }
  });
  return schema;
}

/**
 * `pattern` with every `\d` written `[0-9]`. They mean the same in JavaScript, but JSON Schema
 * validators of other stacks (Python's `re`, .NET) let `\d` match Arabic-Indic digits too, and a
 * date "٢٠٢٦-٠١-٣٠" would pass there.
 */
export function asciiDigitsPattern(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === "\\") {
      const next = pattern.charAt(i + 1);
      out += next === "d" ? (inClass ? "0-9" : "[0-9]") : char + next;
      i++;
      continue;
    }
    if (char === "[" && !inClass) inClass = true;
    else if (char === "]" && inClass) inClass = false;
    out += char;
  }
  return out;
}

export function asciiDigits(schema: JsonSchema): JsonSchema {
  visitSchemas(schema, (node) => {
    if (typeof node.pattern === "string") node.pattern = asciiDigitsPattern(node.pattern);
  });
  return schema;
}
