import {
  type ChamberId,
  ghorfaRawIssue,
  MAX_REPORT_MONTHS,
  monthsBetween,
  type RequestsByStatus,
  requestsByStatus,
  type ServiceLevelReport,
  serviceLevelByMonth,
} from "@ghorfa/schemas";
import { and, eq, gte, lte } from "drizzle-orm";
import type { Database } from "../db/connect";
import { serviceRequests } from "../db/schema";
import { ValidationError } from "./errors";

// The services platform's reports read the few columns they need and hand them to the pure rules
// of @ghorfa/schemas, so a report computed here and one a client computes from the same requests agree.

const facts = {
  serviceId: serviceRequests.serviceId,
  status: serviceRequests.status,
  dueOn: serviceRequests.dueOn,
  deliveredOn: serviceRequests.deliveredOn,
};

const withoutNull = <T extends { deliveredOn: string | null }>(row: T) => ({
  ...row,
  deliveredOn: row.deliveredOn ?? undefined,
});

/** Requests of `chamberId` submitted from `from` to `to` (both optional), counted by service and status. */
export async function byServiceAndStatus(
  db: Database,
  request: { chamberId: ChamberId; from?: string | undefined; to?: string | undefined },
): Promise<RequestsByStatus> {
  if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
    throw new ValidationError("The report's period is reversed", {
      part: "query",
      issues: [
        { ...ghorfaRawIssue("date_range_order", "`to` is on or after `from`", request.to), path: ["to"] },
      ],
    });
  }
  const rows = await db
    .select(facts)
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.chamberId, request.chamberId),
        request.from === undefined ? undefined : gte(serviceRequests.submittedOn, request.from),
        request.to === undefined ? undefined : lte(serviceRequests.submittedOn, request.to),
      ),
    );
  return requestsByStatus(rows.map(withoutNull));
}

/** The share of `chamberId`'s requests delivered by their due date, by month of delivery, `from` to `to`. */
export async function serviceLevel(
  db: Database,
  request: { chamberId: ChamberId; from: string; to: string },
): Promise<ServiceLevelReport> {
  try {
    monthsBetween(request.from, request.to);
  } catch {
    throw new ValidationError("The report's months are reversed or too many", {
      part: "query",
      issues: [
        {
          ...ghorfaRawIssue(
            "date_range_order",
            `\`to\` is on or after \`from\`, at most ${MAX_REPORT_MONTHS} months later`,
            request.to,
          ),
          path: ["to"],
        },
      ],
    });
  }
  const rows = await db
    .select(facts)
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.chamberId, request.chamberId),
        eq(serviceRequests.status, "delivered"),
        gte(serviceRequests.deliveredOn, `${request.from}-01`),
        lte(serviceRequests.deliveredOn, `${request.to}-31`),
      ),
    );
  return serviceLevelByMonth(rows.map(withoutNull), request.from, request.to);
}
