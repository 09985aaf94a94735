import * as z from "zod";

/**
 * The fields of an entity without its cross-field rules, to derive request bodies from
 * (`pick`, `omit`, `partial`): zod refuses those on a refined object, and the rules speak of
 * fields a body does not have. The same field schemas, not copies, so a body never drifts from
 * its entity; routes name the entity in `record`, and the node checks the record it builds.
 */
/* @__NO_SIDE_EFFECTS__ */
export function fieldsOf<Shape extends z.core.$ZodShape>(entity: z.ZodObject<Shape>): z.ZodObject<Shape> {
  return z.object(entity.shape);
}

/** Whether a record of the entity may lack the field (the entity declares it optional). */
type MayLack<T extends z.core.SomeType> = T["_zod"]["optout"] extends "optional" ? true : false;

/** A patch's field: optional, and nullable (`null` removes it) when the entity may lack it. */
export type PatchShape<Shape extends z.core.$ZodShape> = {
  [K in keyof Shape]: MayLack<Shape[K]> extends true ? z.ZodNullable<Shape[K]> : z.ZodOptional<Shape[K]>;
};

const REMOVES = "`null` removes it.";

/**
 * A PATCH body for `fields`: a JSON Merge Patch (RFC 7396) at the top level. Every field is
 * optional and a field given replaces the current one whole (nested objects too); a field the
 * entity declares optional also takes `null`, which removes it. A required field refuses `null`:
 * the record would break its entity. The inner schemas are `fields`' own, so the provenance test
 * still traces every leaf to the domain.
 */
/* @__NO_SIDE_EFFECTS__ */
export function patchOf<Shape extends z.core.$ZodShape>(
  fields: z.ZodObject<Shape>,
): z.ZodObject<PatchShape<Shape>> {
  const shape: Record<string, z.core.$ZodType> = {};
  for (const [key, field] of Object.entries(fields.shape)) {
    if (field._zod.optout === "optional") {
      const own = z.globalRegistry.get(field)?.description;
      shape[key] = z.nullable(field).describe(own === undefined ? REMOVES : `${own} ${REMOVES}`);
    } else shape[key] = z.optional(field);
  }
  return z
    .object(shape)
    .describe(
      "A JSON Merge Patch (RFC 7396) at the top level: each field given replaces the current one " +
        "whole, a field left out is kept, and `null` removes a field the record may lack.",
    ) as unknown as z.ZodObject<PatchShape<Shape>>;
}
