import * as z from "zod";
import type { Named } from "../named";
import { CHAMBER_IDS } from "./chamber-codes";

export { CHAMBER_IDS };

const chamberIdSchema = z.enum(CHAMBER_IDS);
/** The type of `ChamberId`, named so that declarations refer to it rather than restate it. */
export interface ChamberIdSchema extends Named<typeof chamberIdSchema> {}
/**
 * A federation chamber is named by its region's ISO 3166-2:MA code in lowercase (`ma-09` is
 * Souss-Massa). Codes follow the 12 regions of decree 2.15.40 (2015), not the 16 of 1997.
 */
export const ChamberId: ChamberIdSchema = chamberIdSchema;
export type ChamberId = z.infer<typeof ChamberId>;
