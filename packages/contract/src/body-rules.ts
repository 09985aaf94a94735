import * as z from "zod";

type Json = Record<string, unknown>;

/**
 * The cross-field rules an entity states for JSON Schema (`.meta()` with `if`/`then`, alone or
 * under `allOf`, as @ghorfa/schemas writes them beside its refinements), one per item.
 */
export function entityRules(entity: z.ZodType): Json[] {
  const meta = z.globalRegistry.get(entity) as Json | undefined;
  if (meta === undefined) return [];
  const rules = Array.isArray(meta.allOf) ? [...(meta.allOf as Json[])] : [];
  if ("if" in meta) {
    rules.push(
      Object.fromEntries(Object.entries(meta).filter(([key]) => ["if", "then", "else"].includes(key))),
    );
  }
  return rules;
}

const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf"] as const;
const SUBSCHEMAS = ["if", "then", "else", "not"] as const;

/** The top-level property names a rule tests or requires (not the properties of those properties). */
export function fieldsOfRule(rule: Json, into = new Set<string>()): Set<string> {
  for (const key of Object.keys((rule.properties as Json | undefined) ?? {})) into.add(key);
  for (const key of (rule.required as string[] | undefined) ?? []) into.add(key);
  for (const keyword of SUBSCHEMAS) {
    const part = rule[keyword];
    if (part && typeof part === "object") fieldsOfRule(part as Json, into);
  }
  for (const keyword of SUBSCHEMA_LISTS) {
    for (const part of (rule[keyword] as Json[] | undefined) ?? []) fieldsOfRule(part, into);
  }
  return into;
}

/** The rules of `entity` that speak only of fields `body` has: a body of its fields must keep them. */
export function rulesFor(entity: z.ZodType, body: z.ZodObject): Json[] {
  const fields = new Set(Object.keys(body.shape));
  return entityRules(entity).filter((rule) => [...fieldsOfRule(rule)].every((field) => fields.has(field)));
}

/**
 * `body` (built from `entity`'s fields) stating, in its JSON Schema, `entity`'s rules that speak
 * only of the body's fields: the document then refuses what the node refuses, without restating
 * the rules. The zod side of such a rule is the body's own refinement (the node runs it before
 * the record's), so that the SDK, the node and the document refuse the same bodies.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withEntityRules<B extends z.ZodObject>(body: B, entity: z.ZodType): B {
  const rules = rulesFor(entity, body);
  if (rules.length === 0) throw new Error("The entity states no rule on these fields");
  return body.meta({ allOf: rules }) as B;
}
