import type { Named } from "@ghorfa/schemas";
import { Building, Unit } from "@ghorfa/schemas";
import type * as z from "zod";
import { fieldsOf } from "../fields";
import { PageQuery } from "../pagination";

const fields = fieldsOf(Unit);

const unitCreateSchema = fields.omit({ id: true, chamberId: true });
/** The type of `UnitCreate`, named so that declarations refer to it rather than restate it. */
export interface UnitCreateSchema extends Named<typeof unitCreateSchema> {}
/** A new unit: the node assigns the id and the chamber (from the path). */
export const UnitCreate: UnitCreateSchema = unitCreateSchema;
export type UnitCreate = z.infer<typeof UnitCreate>;

const unitListQuerySchema = PageQuery.extend({
  kind: fields.shape.kind.optional(),
  status: fields.shape.status,
  building: Building.shape.code.optional().describe("A building code, such as CMS"),
});
/** The type of `UnitListQuery`, named so that declarations refer to it rather than restate it. */
export interface UnitListQuerySchema extends Named<typeof unitListQuerySchema> {}
export const UnitListQuery: UnitListQuerySchema = unitListQuerySchema;
export type UnitListQuery = z.infer<typeof UnitListQuery>;
