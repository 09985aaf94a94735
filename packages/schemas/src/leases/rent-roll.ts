import * as z from "zod";
import { firstDayOf, lastDayOf, monthOf } from "../calendar/calendar";
import { IsoMonth } from "../calendar/dates";
import { LeaseId, MemberId, UnitId } from "../ids/ids";
import { CurrencyCode, DEFAULT_CURRENCY } from "../money/money";
import { MoneyError } from "../money/money-error";
import type { Named } from "../named";
import type { Lease } from "./lease";
import { hasTakenEffect, type LeaseTerms, leaseEnd, rentInForce } from "./lease-term";
import { rentDue } from "./rent-due";
import { Building, Unit } from "./unit";

/** What the rent roll reads of a lease. */
export type RollLease = LeaseTerms & Pick<Lease, "id" | "unitId" | "tenantId">;

// The rent roll is sent over the wire (the contract's rent-roll report), so its shape is a zod
// schema like every other; the types are inferred from it.

export const RentRollLine = z.object({
  leaseId: LeaseId,
  unitId: UnitId,
  tenantId: MemberId,
  /** The unit's building and code, when the unit was given. */
  buildingCode: Building.shape.code.nullable(),
  unitCode: Unit.shape.code.nullable(),
  /** The monthly rent in force on the last day of the month the lease runs, in centimes. */
  monthlyRent: z.int().nonnegative(),
  /** What the lease owes for the month, in centimes. */
  due: z.int().nonnegative(),
  /** Whether the lease runs only part of the month (pro rata). */
  isProRata: z.boolean(),
});
export type RentRollLine = z.infer<typeof RentRollLine>;

const rentRollSchema = z.object({
  month: IsoMonth,
  currency: CurrencyCode,
  lines: z.array(RentRollLine),
  /** The sum of every line's `due`, in centimes. */
  total: z.int().nonnegative(),
  /** The total per building, by building code (`null` gathers leases whose unit was not given). */
  byBuilding: z.array(
    z.object({
      buildingCode: RentRollLine.shape.buildingCode,
      total: z.int().nonnegative(),
      leases: z.int().positive(),
    }),
  ),
});
/** The type of `RentRoll`, named so that declarations refer to it rather than restate it. */
export interface RentRollSchema extends Named<typeof rentRollSchema> {}
export const RentRoll: RentRollSchema = rentRollSchema;
export type RentRoll = z.infer<typeof RentRoll>;

function isRunningIn(lease: RollLease, month: string, end: string | undefined): boolean {
  return (
    hasTakenEffect(lease) && monthOf(lease.start) <= month && (end === undefined || monthOf(end) >= month)
  );
}

/**
 * The rent roll of `month` (`YYYY-MM`): one line per lease that runs during the month, what it
 * owes (by `rentDue`, so pro rata at the start and end), the total and the totals per building.
 * Every lease must be in one currency; the total is exact (integer centimes).
 */
export function rentRoll(input: {
  leases: readonly RollLease[];
  units?: readonly Pick<Unit, "id" | "building" | "code">[];
  month: string;
}): RentRoll {
  const { month } = input;
  const units = new Map((input.units ?? []).map((unit) => [unit.id as string, unit]));
  const lines: RentRollLine[] = [];
  let currency: string | undefined;
  for (const lease of input.leases) {
    const end = leaseEnd(lease);
    if (!isRunningIn(lease, month, end)) continue;
    currency ??= lease.monthlyRent.currency;
    if (lease.monthlyRent.currency !== currency) {
      throw new MoneyError(
        "currency_mismatch",
        `A rent roll in ${currency} cannot hold a lease in ${lease.monthlyRent.currency}`,
      );
    }
    const unit = units.get(lease.unitId);
    const lastDay = end !== undefined && end < lastDayOf(month) ? end : lastDayOf(month);
    lines.push({
      leaseId: lease.id,
      unitId: lease.unitId,
      tenantId: lease.tenantId,
      buildingCode: unit?.building.code ?? null,
      unitCode: unit?.code ?? null,
      monthlyRent: rentInForce(lease, lastDay),
      due: rentDue(lease, month),
      isProRata: lease.start > firstDayOf(month) || lastDay < lastDayOf(month),
    });
  }
  return rollOf(month, currency ?? DEFAULT_CURRENCY, lines);
}

/** The roll of `lines`, sorted by building, unit and lease, with the totals. */
function rollOf(month: string, currency: string, lines: RentRollLine[]): RentRoll {
  lines.sort(
    (a, b) =>
      compareNullable(a.buildingCode, b.buildingCode) ||
      compareNullable(a.unitCode, b.unitCode) ||
      compareNullable(a.leaseId, b.leaseId),
  );
  const byBuilding = new Map<string | null, { buildingCode: string | null; total: number; leases: number }>();
  for (const line of lines) {
    const entry = byBuilding.get(line.buildingCode) ?? {
      buildingCode: line.buildingCode,
      total: 0,
      leases: 0,
    };
    entry.total += line.due;
    entry.leases += 1;
    byBuilding.set(line.buildingCode, entry);
  }
  return {
    month,
    currency,
    lines,
    total: lines.reduce((sum, line) => sum + line.due, 0),
    byBuilding: [...byBuilding.values()],
  };
}

/**
 * One rent roll from the rolls of parts of a chamber's leases (each lease in one part only), all
 * of the same month: the roll `rentRoll` gives for all the leases at once.
 */
export function combineRentRolls(parts: readonly RentRoll[]): RentRoll {
  const [first] = parts;
  if (!first) throw new RangeError("No rent roll to combine");
  const running = parts.filter((part) => part.lines.length > 0);
  const currency = running[0]?.currency ?? first.currency;
  for (const part of running) {
    if (part.currency !== currency) {
      throw new MoneyError(
        "currency_mismatch",
        `A rent roll in ${currency} cannot hold one in ${part.currency}`,
      );
    }
  }
  return rollOf(
    first.month,
    currency,
    running.flatMap((part) => part.lines),
  );
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
