import {
  AgreementDomain,
  AgreementStatus,
  type ChamberId,
  type ChamberOverview,
  isRunningOn,
  MemberStatus,
  overviewDate,
  overviewOf,
  rentCollected,
  Section,
} from "@ghorfa/schemas";
import { and, count, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { agreementChambers, agreements, members, units } from "../db/schema";
import { arrearsOfLedger, type Ledger, paymentsByLease, readLedger, rentRoll } from "./reports";
import { moroccanDate } from "./today";
import { inTurns } from "./turns";

// A chamber's dashboard in one answer. The money comes from the very computations of the rent
// roll and the arrears report (so the figures agree with those reports to the centime); the
// counts come from aggregate queries, a row per group, never a row per record. Units let need the
// leases running on the day, which the arrears computation reads anyway: the lease rules decide
// which run (`isRunningOn`), and the query counts the units they hold.

/** `count(*) filter (where …)`, as an integer. */
const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})::int`;

/**
 * The overview of `chamberId` for `month` (`YYYY-MM`) as of `asOf` (ISO date; by default the
 * month's last day, or today in Morocco while the month is not over).
 */
export async function overview(
  db: Database,
  request: { chamberId: ChamberId; month: string; asOf?: string | undefined; now?: Date | undefined },
): Promise<ChamberOverview> {
  const { chamberId, month } = request;
  const asOf = request.asOf ?? overviewDate(month, moroccanDate(request.now ?? new Date()));
  // The ledger first: it says the chamber exists, so no other query runs for a chamber not hosted.
  const ledger = await readLedger(db, chamberId);
  const [roll, report, collected, unitCounts, memberCounts, memberCities, agreementCounts] =
    await Promise.all([
      rentRoll(db, { chamberId, month }),
      arrearsOfLedger(ledger, asOf),
      collectedOf(ledger, month, asOf),
      countUnits(db, chamberId, ledger, asOf),
      countMembers(db, chamberId),
      countCities(db, chamberId),
      countAgreements(db, chamberId),
    ]);
  return overviewOf({
    month,
    asOf,
    roll,
    arrears: report,
    collected,
    buildings: unitCounts,
    members: {
      total: memberCounts.total ?? 0,
      byStatus: (status) => memberCounts[`status_${status}`] ?? 0,
      bySection: (section) => memberCounts[`section_${section}`] ?? 0,
      byCity: memberCities,
    },
    agreements: {
      total: agreementCounts.total ?? 0,
      byStatus: (status) => agreementCounts[`status_${status}`] ?? 0,
      byDomain: (domain) => agreementCounts[`domain_${domain}`] ?? 0,
    },
  });
}

/** The rent of `month` collected by `asOf`, a few leases a turn. */
async function collectedOf(ledger: Ledger, month: string, asOf: string): Promise<number> {
  const byLease = paymentsByLease(ledger);
  const parts = await inTurns(ledger.leases, (part) =>
    rentCollected({
      leases: part,
      payments: part.flatMap((lease) => byLease.get(lease.id) ?? []),
      month,
      asOf,
    }),
  );
  return parts.reduce((sum, part) => sum + part, 0);
}

/** The units of each building, and how many a lease running on `asOf` holds. */
async function countUnits(db: Database, chamberId: ChamberId, ledger: Ledger, asOf: string) {
  const held = [...new Set(ledger.leases.filter((lease) => isRunningOn(lease, asOf)).map((l) => l.unitId))];
  return db
    .select({
      buildingCode: units.building,
      total: sql<number>`count(*)::int`,
      occupied: held.length === 0 ? sql<number>`0` : countWhere(inArray(units.id, held)),
    })
    .from(units)
    .where(eq(units.chamberId, chamberId))
    .groupBy(units.building);
}

/** The members of the chamber, counted in all, by status and by section, in one row. */
async function countMembers(db: Database, chamberId: ChamberId): Promise<Record<string, number>> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      ...Object.fromEntries(
        MemberStatus.options.map((status) => [`status_${status}`, countWhere(eq(members.status, status))]),
      ),
      ...Object.fromEntries(
        Section.options.map((section) => [`section_${section}`, countWhere(eq(members.section, section))]),
      ),
    })
    .from(members)
    .where(eq(members.chamberId, chamberId));
  return row ?? { total: 0 };
}

/**
 * The members per city, cities told apart as member search folds them (`members.city`), each
 * named as one of its members writes it.
 */
async function countCities(db: Database, chamberId: ChamberId) {
  return db
    .select({
      city: sql<string>`min(${members.data}->'address'->>'city')`,
      count: count(),
    })
    .from(members)
    .where(and(eq(members.chamberId, chamberId), isNotNull(members.city)))
    .groupBy(members.city)
    .orderBy(desc(count()));
}

/** The agreements the chamber is a party to, counted in all, by status and by domain, in one row. */
async function countAgreements(db: Database, chamberId: ChamberId): Promise<Record<string, number>> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      ...Object.fromEntries(
        AgreementStatus.options.map((status) => [
          `status_${status}`,
          countWhere(eq(agreements.status, status)),
        ]),
      ),
      ...Object.fromEntries(
        AgreementDomain.options.map((domain) => [
          `domain_${domain}`,
          countWhere(sql`${agreements.data}->'domains' ? ${domain}`),
        ]),
      ),
    })
    .from(agreementChambers)
    .innerJoin(agreements, eq(agreements.id, agreementChambers.agreementId))
    .where(eq(agreementChambers.chamberId, chamberId));
  return row ?? { total: 0 };
}
