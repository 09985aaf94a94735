import * as z from "zod";
import { UnitKind, UnitStatus } from "../enums";
import { ChamberId } from "../ids/chamber-id";
import { UnitId } from "../ids/ids";
import { areOwnedBy } from "../ids/owned-by";
import { ghorfaIssue } from "../issues/issue-codes";
import type { Named } from "../named";
import { LocalizedText } from "../text/localized-text";
import { textLine } from "../text/text";

/** A building a chamber owns, such as the multi-service complex (المركب المتعدد الخدمات) in Agadir. */
export const Building = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,15}$/, { message: "Expected an uppercase building code such as CMS" }),
  name: LocalizedText,
});
export type Building = z.infer<typeof Building>;

const unitSchema = z
  .object({
    id: UnitId,
    chamberId: ChamberId,
    building: Building,
    code: textLine().max(32),
    kind: UnitKind,
    /** 0 is the ground floor; basements are negative. */
    floor: z.int().min(-10).max(200),
    areaDm2: z.int().positive().max(100_000_000),
    status: UnitStatus.optional(),
  })
  .refine((unit) => areOwnedBy(unit.chamberId, [unit.id]), {
    ...ghorfaIssue("unit_chamber_mismatch", "A unit's id names the chamber that owns it"),
    path: ["id"],
  });
/** The type of `Unit`, named so that declarations refer to it rather than restate it. */
export interface UnitSchema extends Named<typeof unitSchema> {}
/**
 * A unit of a chamber's building that can be let: an office, a shop, a workshop…
 * `areaDm2` is the floor area in square decimetres (1 m² = 100 dm²), an integer so that areas
 * add up exactly and split rents or charges without floats: 42.50 m² is `4250`.
 */
export const Unit: UnitSchema = unitSchema;
export type Unit = z.infer<typeof Unit>;
