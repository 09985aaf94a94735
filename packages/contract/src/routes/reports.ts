import { ArrearsReport, RentRoll } from "@ghorfa/schemas";
import { ArrearsQuery, RentRollQuery } from "../resources/reports";
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
};
