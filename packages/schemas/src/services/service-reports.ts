import * as z from "zod";
import { type IsoDate, IsoMonth } from "../calendar/dates";
import { ServiceId } from "../ids/ids";
import type { Named } from "../named";
import { ServiceRequestStatus } from "./service-enums";

// The platform's two reports, computed from the few fields of each request they read: how many
// requests each service has in each status, and how many were delivered by their due date.

const countSchema = z.int().min(0);

const requestsByStatusSchema = z.object({
  /** One line per service with requests, by service id; statuses without requests are left out. */
  items: z.array(
    z.object({
      serviceId: ServiceId,
      counts: z.partialRecord(ServiceRequestStatus, countSchema),
      total: countSchema,
    }),
  ),
  total: countSchema,
});
/** The type of `RequestsByStatus`, named so that declarations refer to it rather than restate it. */
export interface RequestsByStatusSchema extends Named<typeof requestsByStatusSchema> {}
/** How many requests each service has, in each status. */
export const RequestsByStatus: RequestsByStatusSchema = requestsByStatusSchema;
export type RequestsByStatus = z.infer<typeof RequestsByStatus>;

const serviceLevelReportSchema = z.object({
  from: IsoMonth,
  to: IsoMonth,
  /** One line per month from `from` to `to`, by the month requests were delivered in. */
  months: z.array(
    z.object({
      month: IsoMonth,
      delivered: countSchema,
      /** Delivered on or before their due date. */
      onTime: countSchema,
      /** `onTime / delivered`, to four decimals; null in a month with nothing delivered. */
      onTimeShare: z.number().min(0).max(1).nullable(),
    }),
  ),
});
/** The type of `ServiceLevelReport`, named so that declarations refer to it rather than restate it. */
export interface ServiceLevelReportSchema extends Named<typeof serviceLevelReportSchema> {}
/** Service-level compliance: the share of requests delivered by their due date, month by month. */
export const ServiceLevelReport: ServiceLevelReportSchema = serviceLevelReportSchema;
export type ServiceLevelReport = z.infer<typeof ServiceLevelReport>;

/** The most months a service-level report spans: three years. */
export const MAX_REPORT_MONTHS = 36;

/** What the reports read of a request. */
export interface RequestFacts {
  readonly serviceId: ServiceId;
  readonly status: ServiceRequestStatus;
  readonly dueOn: IsoDate;
  readonly deliveredOn?: IsoDate | undefined;
}

/** Counts of `requests` by service (in id order) and status. */
export function requestsByStatus(requests: Iterable<RequestFacts>): RequestsByStatus {
  const byService = new Map<ServiceId, Partial<Record<ServiceRequestStatus, number>>>();
  let total = 0;
  for (const r of requests) {
    const counts = byService.get(r.serviceId) ?? {};
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    byService.set(r.serviceId, counts);
    total++;
  }
  const items = [...byService.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([serviceId, counts]) => ({
      serviceId,
      counts,
      total: Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0),
    }));
  return { items, total };
}

/** The months from `from` to `to` (inclusive); RangeError beyond MAX_REPORT_MONTHS or reversed. */
export function monthsBetween(from: string, to: string): string[] {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const count = index(to) - index(from) + 1;
  if (!(count >= 1 && count <= MAX_REPORT_MONTHS)) {
    throw new RangeError(`A report spans 1 to ${MAX_REPORT_MONTHS} months: ${from} to ${to}`);
  }
  return Array.from({ length: count }, (_, i) => {
    const n = index(from) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  });
}

/** Service-level compliance of the requests delivered in each month from `from` to `to`. */
export function serviceLevelByMonth(
  requests: Iterable<RequestFacts>,
  from: string,
  to: string,
): ServiceLevelReport {
  const months = new Map(monthsBetween(from, to).map((month) => [month, { delivered: 0, onTime: 0 }]));
  for (const r of requests) {
    if (r.status !== "delivered" || r.deliveredOn === undefined) continue;
    const line = months.get(r.deliveredOn.slice(0, 7));
    if (!line) continue;
    line.delivered++;
    if (r.deliveredOn <= r.dueOn) line.onTime++;
  }
  return {
    from,
    to,
    months: [...months.entries()].map(([month, { delivered, onTime }]) => ({
      month,
      delivered,
      onTime,
      onTimeShare: delivered === 0 ? null : Math.round((onTime / delivered) * 10_000) / 10_000,
    })),
  };
}
