import * as z from "zod";
import type { Agreement } from "../agreements/agreement";
import { daysBetween, lastDayOf } from "../calendar/calendar";
import { IsoDate, IsoMonth } from "../calendar/dates";
import { BasisPoints } from "../chambers/chamber";
import { AgreementDomain, AgreementStatus, MemberStatus, Section } from "../enums";
import {
  type ArrearsLease,
  type ArrearsPayment,
  type ArrearsReport,
  arrears,
  rentCollected,
} from "../leases/arrears";
import { hasTakenEffect, type LeaseTerms, leaseEnd } from "../leases/lease-term";
import { type RentRoll, type RollLease, rentRoll } from "../leases/rent-roll";
import { Building, type Unit } from "../leases/unit";
import type { Member } from "../members/member";
import { CurrencyCode } from "../money/money";
import type { Named } from "../named";

// A chamber's dashboard in one answer: the rent of a month, the arrears, the units let and the
// counts of members and agreements. Each figure is the one its own report gives (the rent roll's
// total, the arrears report's outstanding total), so the dashboard and the reports never disagree.

const Count = z.int().nonnegative();

/**
 * A total in centimes and its currency: `Money`'s shape, without `Money`'s cap on one amount,
 * since a chamber's total over years of rent may pass what a single rent or payment may hold.
 */
export const MoneyTotal = z.object({ amount: z.int().nonnegative(), currency: CurrencyCode });
export type MoneyTotal = z.infer<typeof MoneyTotal>;

/** How late unpaid rent is, in days past the day it fell due: 0–30, 31–60, 61–90, over 90. */
export const ArrearsAge = z.enum(["days_0_30", "days_31_60", "days_61_90", "days_over_90"]);
export type ArrearsAge = z.infer<typeof ArrearsAge>;

/** The age of rent unpaid `days` days after it fell due. */
export function arrearsAgeOf(days: number): ArrearsAge {
  if (days <= 30) return "days_0_30";
  if (days <= 60) return "days_31_60";
  return days <= 90 ? "days_61_90" : "days_over_90";
}

/**
 * The day an overview of `month` is counted at when none is asked for: the month's last day, or
 * `today` while the month is not over.
 */
export function overviewDate(month: string, today: string): string {
  const last = lastDayOf(month);
  return last < today ? last : today;
}

/** `part / whole` in basis points, rounded down (10,000 only when whole); null when `whole` is 0. */
export function basisPointsOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.min(10_000, Math.floor((part * 10_000) / whole));
}

const Rate = BasisPoints.nullable();

const unitCountsSchema = z.object({
  total: Count,
  /** Units with a lease running on `asOf` (one that took effect, between its start and its end). */
  occupied: Count,
  vacant: Count,
  /** `occupied / total` in basis points, rounded down; null without units. */
  occupancyRate: Rate,
});

const chamberOverviewSchema = z.object({
  month: IsoMonth,
  /** The day arrears, collections and occupancy are counted at. */
  asOf: IsoDate,
  rent: z.object({
    /** The month's rent due: the rent roll's total for the month. */
    due: MoneyTotal,
    /**
     * What the rent payments received by `asOf` pay of the month's rent, allocated to months as
     * the arrears report allocates them (by each payment's period), at most each lease's rent due.
     */
    collected: MoneyTotal,
    /** `collected / due` in basis points, rounded down; null when nothing is due. */
    collectionRate: Rate,
  }),
  arrears: z.object({
    /** The arrears report's outstanding total on `asOf`. */
    total: MoneyTotal,
    /** Leases with rent outstanding. */
    leases: Count,
    /**
     * The outstanding rent by how many days past its due date each unpaid month is, every age in
     * order (zero included); a lease counts in each age it has rent outstanding in.
     */
    byAge: z.array(z.object({ age: ArrearsAge, amount: MoneyTotal, leases: Count })),
  }),
  units: unitCountsSchema.extend({
    /** The same counts per building, by building code. */
    byBuilding: z.array(unitCountsSchema.extend({ buildingCode: Building.shape.code })),
  }),
  members: z.object({
    total: Count,
    /** Every status in order, zero included. */
    byStatus: z.array(z.object({ status: MemberStatus, count: Count })),
    /** Every section in order, zero included. */
    bySection: z.array(z.object({ section: Section, count: Count })),
    /** Members per city of their address (cities told apart as member search folds them), most first. */
    byCity: z.array(z.object({ city: z.string(), count: z.int().positive() })),
  }),
  agreements: z.object({
    /** Agreements the chamber is a party to. */
    total: Count,
    /** Every status in order, zero included. */
    byStatus: z.array(z.object({ status: AgreementStatus, count: Count })),
    /** Every domain in order, zero included; an agreement counts in each domain it covers. */
    byDomain: z.array(z.object({ domain: AgreementDomain, count: Count })),
  }),
});
/** The type of `ChamberOverview`, named so that declarations refer to it rather than restate it. */
export interface ChamberOverviewSchema extends Named<typeof chamberOverviewSchema> {}
/** A chamber's dashboard: the month's rent, arrears by age, units let, members and agreements. */
export const ChamberOverview: ChamberOverviewSchema = chamberOverviewSchema;
export type ChamberOverview = z.infer<typeof ChamberOverview>;

/** The outstanding rent of an arrears report by age on its date, every age in order. */
export function arrearsByAge(report: ArrearsReport): ChamberOverview["arrears"]["byAge"] {
  const ages = new Map(ArrearsAge.options.map((age) => [age, { amount: 0, leases: new Set<string>() }]));
  for (const lease of report.leases) {
    for (const month of lease.unpaidMonths) {
      const entry = ages.get(arrearsAgeOf(daysBetween(month.dueOn, report.asOf)));
      if (!entry) continue;
      entry.amount += month.outstanding;
      entry.leases.add(lease.leaseId);
    }
  }
  return [...ages].map(([age, { amount, leases }]) => ({
    age,
    amount: { amount, currency: report.currency },
    leases: leases.size,
  }));
}

/** Whether `lease` runs on `date`: it took effect, and `date` is between its start and its end. */
export function isRunningOn(
  lease: Pick<LeaseTerms, "start" | "end" | "termMonths" | "status">,
  date: string,
): boolean {
  const end = leaseEnd(lease);
  return hasTakenEffect(lease) && lease.start <= date && (end === undefined || date <= end);
}

function unitCounts(total: number, occupied: number) {
  return { total, occupied, vacant: total - occupied, occupancyRate: basisPointsOf(occupied, total) };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What an overview is made of, however it was counted (records in memory, or a node's aggregate
 * queries): `overviewOf` turns it into the overview, so the rates, the orders and the arrears'
 * ages are decided in one place.
 */
export interface OverviewParts {
  month: string;
  asOf: string;
  /** The month's rent roll: its total is the rent due. */
  roll: RentRoll;
  /** The arrears report as of `asOf`. */
  arrears: ArrearsReport;
  /** Rent of the month collected by `asOf`, in the roll's currency (`rentCollected`). */
  collected: number;
  /** Units and units let on `asOf`, per building, in any order. */
  buildings: readonly { buildingCode: string; total: number; occupied: number }[];
  members: {
    total: number;
    byStatus: (status: MemberStatus) => number;
    bySection: (section: Section) => number;
    /** Members per city, in any order. */
    byCity: readonly { city: string; count: number }[];
  };
  agreements: {
    total: number;
    byStatus: (status: AgreementStatus) => number;
    byDomain: (domain: AgreementDomain) => number;
  };
}

/** The overview from its parts: every enum value listed (zero included), the largest cities first. */
export function overviewOf(parts: OverviewParts): ChamberOverview {
  const { roll, arrears: report, collected } = parts;
  const occupied = parts.buildings.reduce((sum, b) => sum + b.occupied, 0);
  const total = parts.buildings.reduce((sum, b) => sum + b.total, 0);
  return {
    month: parts.month,
    asOf: parts.asOf,
    rent: {
      due: { amount: roll.total, currency: roll.currency },
      collected: { amount: collected, currency: roll.currency },
      collectionRate: basisPointsOf(collected, roll.total),
    },
    arrears: {
      total: { amount: report.total.outstanding, currency: report.currency },
      leases: report.leases.filter((lease) => lease.outstanding > 0).length,
      byAge: arrearsByAge(report),
    },
    units: {
      ...unitCounts(total, occupied),
      byBuilding: [...parts.buildings]
        .sort((a, b) => compareText(a.buildingCode, b.buildingCode))
        .map((b) => ({ buildingCode: b.buildingCode, ...unitCounts(b.total, b.occupied) })),
    },
    members: {
      total: parts.members.total,
      byStatus: MemberStatus.options.map((status) => ({ status, count: parts.members.byStatus(status) })),
      bySection: Section.options.map((section) => ({ section, count: parts.members.bySection(section) })),
      byCity: [...parts.members.byCity].sort((a, b) => b.count - a.count || compareText(a.city, b.city)),
    },
    agreements: {
      total: parts.agreements.total,
      byStatus: AgreementStatus.options.map((status) => ({
        status,
        count: parts.agreements.byStatus(status),
      })),
      byDomain: AgreementDomain.options.map((domain) => ({
        domain,
        count: parts.agreements.byDomain(domain),
      })),
    },
  };
}

/** How many times each value occurs. */
function tally<V extends string>(values: Iterable<V>): (value: V) => number {
  const counts = new Map<V, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (value) => counts.get(value) ?? 0;
}

/**
 * The overview of a chamber from all its records at once: what a node computes with aggregate
 * queries, for a client holding the records (and for the examples and tests that check a node).
 * `since` is the chamber's first month of books, as for `arrears`.
 */
export function chamberOverview(input: {
  month: string;
  asOf: string;
  since?: string;
  leases: readonly (ArrearsLease & RollLease)[];
  payments: readonly ArrearsPayment[];
  units: readonly Pick<Unit, "id" | "building" | "code">[];
  members: readonly Pick<Member, "status" | "section" | "address">[];
  agreements: readonly Pick<Agreement, "status" | "domains">[];
}): ChamberOverview {
  const { month, asOf } = input;
  const occupiedUnits = new Set(
    input.leases.filter((l) => isRunningOn(l, asOf)).map((l) => l.unitId as string),
  );
  const buildings = new Map<string, { buildingCode: string; total: number; occupied: number }>();
  for (const unit of input.units) {
    const code = unit.building.code;
    const entry = buildings.get(code) ?? { buildingCode: code, total: 0, occupied: 0 };
    entry.total += 1;
    if (occupiedUnits.has(unit.id)) entry.occupied += 1;
    buildings.set(code, entry);
  }
  const cities = new Map<string, number>();
  for (const { address } of input.members) cities.set(address.city, (cities.get(address.city) ?? 0) + 1);
  return overviewOf({
    month,
    asOf,
    roll: rentRoll({ leases: input.leases, month }),
    arrears: arrears({
      leases: input.leases,
      payments: input.payments,
      asOf,
      ...(input.since === undefined ? {} : { since: input.since }),
    }),
    collected: rentCollected({ leases: input.leases, payments: input.payments, month, asOf }),
    buildings: [...buildings.values()],
    members: {
      total: input.members.length,
      byStatus: tally(input.members.map((m) => m.status)),
      bySection: tally(input.members.map((m) => m.section)),
      byCity: [...cities].map(([city, count]) => ({ city, count })),
    },
    agreements: {
      total: input.agreements.length,
      byStatus: tally(input.agreements.map((a) => a.status)),
      byDomain: tally(input.agreements.flatMap((a) => a.domains)),
    },
  });
}
