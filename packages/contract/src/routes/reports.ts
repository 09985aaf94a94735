import { ArrearsReport, ChamberOverview, RentRoll } from "@ghorfa/schemas";
import { ArrearsQuery, OverviewQuery, RentRollQuery } from "../resources/reports";
import { route } from "../route";
import { InChamber } from "./params";

export const reportRoutes = {
  "reports.rentRoll": route({
    method: "GET",
    path: "/chambers/{chamberId}/reports/rent-roll",
    summary: "Rent roll of a month",
    description:
      "One line per lease running during the month, what it owes (pro rata at the ends), totals per building. Centimes.",
    tag: "reports",
    params: InChamber,
    query: RentRollQuery,
    access: { kind: "scoped", scope: "leases:read" },
    responses: { 200: RentRoll },
  }),
  "reports.arrears": route({
    method: "GET",
    path: "/chambers/{chamberId}/reports/arrears",
    summary: "Arrears at a date",
    description:
      "Every lease that owed rent by the date, most outstanding first, with its unpaid months. Centimes.",
    tag: "reports",
    params: InChamber,
    query: ArrearsQuery,
    access: { kind: "scoped", scope: "leases:read" },
    responses: { 200: ArrearsReport },
  }),
  "reports.overview": route({
    method: "GET",
    path: "/chambers/{chamberId}/reports/overview",
    summary: "A chamber's dashboard for a month",
    description:
      "In one answer: the month's rent due (the rent roll's total), the rent collected for it, the arrears (the arrears report's outstanding total) by age, units let, members and agreements counted. " +
      "Collected rent is what the rent payments received by `asOf` pay of the month, each payment allocated to the months of its period as the arrears report allocates it, at most each lease's rent due. " +
      "`asOf` defaults to the month's last day, or today (Africa/Casablanca) while the month is not over. Rates in basis points, null over nothing. Centimes.",
    tag: "reports",
    params: InChamber,
    query: OverviewQuery,
    access: { kind: "scoped", scope: "leases:read" },
    responses: { 200: ChamberOverview },
  }),
};
