import { Building, Unit } from "@ghorfa/schemas";
import type * as z from "zod";
import { fieldsOf } from "../fields";
import { PageQuery } from "../pagination";

const fields = fieldsOf(Unit);

/** A new unit: the node assigns the id and the chamber (from the path). */
export const UnitCreate = fields.omit({ id: true, chamberId: true });
export type UnitCreate = z.infer<typeof UnitCreate>;

export const UnitListQuery = PageQuery.extend({
  kind: fields.shape.kind.optional(),
  status: fields.shape.status,
  building: Building.shape.code.optional().describe("A building code, such as CMS"),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
