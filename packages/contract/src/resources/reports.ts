import { ArrearsReport, ChamberOverview, RentRoll } from "@ghorfa/schemas";
import * as z from "zod";

/** The month of a rent roll. */
export const RentRollQuery = z.object({ month: RentRoll.shape.month });
export type RentRollQuery = z.infer<typeof RentRollQuery>;

/** The day arrears are counted at; today (Africa/Casablanca) when not given. */
export const ArrearsQuery = z.object({ asOf: ArrearsReport.shape.asOf.optional() });
export type ArrearsQuery = z.infer<typeof ArrearsQuery>;

/**
 * The month of an overview, and the day its arrears, collections and occupancy are counted at:
 * the month's last day, or today (Africa/Casablanca) while the month is not over.
 */
export const OverviewQuery = z.object({
  month: RentRoll.shape.month,
  asOf: ChamberOverview.shape.asOf.optional(),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;
