import { nestRules, openConditions, refuseBlank, textPattern } from "@ghorfa/schemas";
import * as z from "zod";

export type JsonSchema = { [key: string]: unknown };
export type Io = "input" | "output";

export const REF_PREFIX = "#/components/schemas/";

/** The dialect of every schema in the document: JSON Schema 2020-12 with OpenAPI's vocabulary. */
export const OAS_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base";

/**
 * A string whose trimmed form is not empty has a character that is not white space. The document
 * writes it whatever the trimmed minimum, unlike @ghorfa/schemas' files: it is the pattern its
 * released versions have, and the breaking-change gate reads a new pattern as a narrowed type.
 */
export const NON_BLANK_PATTERN = "\\S";

/**
 * Responses and requests evolve by adding fields, so the document never forbids unknown
 * properties of a plain `z.object` (zod strips them on input and never emits them on output);
 * a strict object (`z.strictObject`) keeps its `additionalProperties: false`.
 */
function allowUnknownProperties(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  const def = ctx.zodSchema._zod.def;
  if (def.type === "object" && def.catchall === undefined && ctx.jsonSchema.additionalProperties === false) {
    delete ctx.jsonSchema.additionalProperties;
  }
}

function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  allowUnknownProperties(ctx);
  // A text under the text policy gets its pattern, with the minimum length it has once trimmed (an
  // RC court of two characters), so that a body the document accepts is one the node accepts.
  refuseBlank(ctx, (min, text) => (text === undefined ? NON_BLANK_PATTERN : textPattern(text, min)));
}

/** The rewrites @ghorfa/schemas also gives its own files, in the same order. */
const finish = (schema: JsonSchema) => nestRules(openConditions(schema));

/** The JSON Schema (2020-12) of every schema in `registry`, named by id, refs as `#/components/schemas/<uri(id)>`. */
export function registryToJsonSchemas(
  registry: z.core.$ZodRegistry<{ id: string }>,
  io: Io,
  uri: (id: string) => string,
): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    uri: (id) => `${REF_PREFIX}${uri(id)}`,
    override,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // zod puts schemas it cannot name (cycles through unnamed schemas) there; name them instead.
    if (id === "__shared") throw new Error("A schema is recursive through an unnamed schema: name it");
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    out[id] = finish(rest);
  }
  return out;
}

/** The JSON Schema of one schema, everything inlined (no refs to named schemas). */
export function toInlineJsonSchema(schema: z.ZodType, io: Io): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    metadata: z.registry<{ id?: string }>(),
    override,
  }) as JsonSchema;
  return finish(rest);
}

/** Every `$ref` in `node`, rewritten by `rewrite`, in a copy. */
export function mapRefs(node: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" ? rewrite(value) : mapRefs(value, rewrite),
    ]),
  );
}

/** The component names `node` refers to. */
export function refsOf(node: unknown, into = new Set<string>()): Set<string> {
  mapRefs(node, (ref) => {
    if (ref.startsWith(REF_PREFIX)) into.add(ref.slice(REF_PREFIX.length));
    return ref;
  });
  return into;
}
