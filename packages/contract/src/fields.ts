import * as z from "zod";

/**
 * The fields of an entity without its cross-field rules, to derive request bodies from
 * (`pick`, `omit`, `partial`): zod refuses those on a refined object, and the rules speak of
 * fields a body does not have. The same field schemas, not copies, so a body never drifts from
 * its entity; routes name the entity in `record`, and the node checks the record it builds.
 */
export function fieldsOf<Shape extends z.core.$ZodShape>(entity: z.ZodObject<Shape>): z.ZodObject<Shape> {
  return z.object(entity.shape);
}
