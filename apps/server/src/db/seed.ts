// events (issue 13)
import type { Event, Registration } from "@ghorfa/schemas";
import {
  type Agreement,
  type Chamber,
  type Lease,
  type LeasePayment,
  type Member,
  parseDocumentNumber,
  parseReceiptNumber,
  type Service,
  type ServiceRequest,
  type Unit,
} from "@ghorfa/schemas";
import { casablancaSettat, PAYMENTS_SINCE, soussMassa } from "@ghorfa/schemas/fixtures";
import { sql } from "drizzle-orm";
import type { Database } from "./connect";
// events (issue 13)
import {
  agreementChamberRows,
  agreementRow,
  chamberRow,
  eventRow,
  leaseRow,
  memberRow,
  paymentRow,
  registrationRow,
  serviceRequestRow,
  serviceRow,
  unitRow,
} from "./rows";
// events (issue 13)
import {
  agreementChambers,
  agreements,
  chambers,
  documentCounters,
  events,
  leases,
  members,
  nodeMeta,
  payments,
  receiptCounters,
  registrations,
  serviceRequests,
  services,
  units,
} from "./schema";

/** One chamber's data, as `@ghorfa/schemas/fixtures` gives it. */
export interface SeedSet {
  readonly chamber: Chamber;
  readonly members: readonly Member[];
  readonly units: readonly Unit[];
  readonly leases: readonly Lease[];
  readonly payments: readonly LeasePayment[];
  readonly agreements: readonly Agreement[];
  // events (issue 13)
  readonly events?: readonly Event[] | undefined;
  readonly registrations?: readonly Registration[] | undefined;
  /** The first month the payments account for, when they do not go back to every lease's start. */
  readonly booksSince?: string | undefined;
  // services platform (issue 13)
  readonly services?: readonly Service[] | undefined;
  readonly serviceRequests?: readonly ServiceRequest[] | undefined;
}

/** The demo: Souss-Massa (`ma-09`) in full, and a smaller Casablanca-Settat (`ma-06`). */
export const DEMO_DATA: readonly SeedSet[] = [
  { ...soussMassa, booksSince: PAYMENTS_SINCE },
  { ...casablancaSettat, booksSince: PAYMENTS_SINCE },
];

const SEEDED = "seeded";

/** The last receipt sequence of each chamber and year among `payments`. */
function receiptCountersOf(all: readonly LeasePayment[]) {
  const last = new Map<string, { chamberId: Chamber["id"]; year: number; last: number }>();
  for (const payment of all) {
    const parsed = parseReceiptNumber(payment.receiptNumber);
    if (!parsed) continue;
    const key = `${payment.chamberId} ${parsed.year}`;
    const known = last.get(key);
    if (!known || known.last < parsed.sequence) {
      last.set(key, { chamberId: payment.chamberId, year: parsed.year, last: parsed.sequence });
    }
  }
  return [...last.values()];
}

// services platform (issue 13)
/** The last document sequence of each chamber, series and year among `requests`. */
function documentCountersOf(requests: readonly ServiceRequest[]) {
  const last = new Map<string, { chamberId: Chamber["id"]; series: string; year: number; last: number }>();
  for (const request of requests) {
    const parsed =
      request.documentNumber === undefined ? undefined : parseDocumentNumber(request.documentNumber);
    if (!parsed) continue;
    const key = `${request.chamberId} ${parsed.series} ${parsed.year}`;
    const known = last.get(key);
    if (!known || known.last < parsed.sequence) {
      last.set(key, {
        chamberId: request.chamberId,
        series: parsed.series,
        year: parsed.year,
        last: parsed.sequence,
      });
    }
  }
  return [...last.values()];
}

/**
 * Inserts `sets` (the demo by default) once in the life of a database: a marker row in
 * `node_meta` says it was done. Replicas starting together on one PostgreSQL seed once: the
 * second waits on the first one's marker, then finds it. Returns whether this call seeded.
 */
export async function seed(db: Database, sets: readonly SeedSet[] = DEMO_DATA): Promise<boolean> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .insert(nodeMeta)
      .values({ key: SEEDED, value: { chambers: sets.map((set) => set.chamber.id) } })
      .onConflictDoNothing()
      .returning({ key: nodeMeta.key });
    if (marked.length === 0) return false;

    const all = <T>(pick: (set: SeedSet) => readonly T[]) => sets.flatMap(pick);
    const uniqueAgreements = [...new Map(all((set) => set.agreements).map((a) => [a.id, a])).values()];
    const allPayments = all((set) => set.payments);
    // Each chamber publishes into its own public list the agreements its own data says are published.
    const published = new Set(
      sets.flatMap((set) =>
        set.agreements.filter((a) => a.published).map((a) => `${set.chamber.id} ${a.id}`),
      ),
    );
    const partyRows = uniqueAgreements
      .flatMap((agreement) => agreementChamberRows(agreement))
      .map((row) => ({ ...row, published: published.has(`${row.chamberId} ${row.agreementId}`) }));

    await tx
      .insert(chambers)
      .values(sets.map((set) => ({ ...chamberRow(set.chamber), booksSince: set.booksSince ?? null })));
    const inserts: [Parameters<typeof tx.insert>[0], unknown[]][] = [
      [members, all((set) => set.members).map(memberRow)],
      [units, all((set) => set.units).map(unitRow)],
      [leases, all((set) => set.leases).map(leaseRow)],
      [payments, allPayments.map(paymentRow)],
      [receiptCounters, receiptCountersOf(allPayments)],
      [agreements, uniqueAgreements.map(agreementRow)],
      [agreementChambers, partyRows],
      // services platform (issue 13)
      [services, all((set) => set.services ?? []).map(serviceRow)],
      [serviceRequests, all((set) => set.serviceRequests ?? []).map(serviceRequestRow)],
      [documentCounters, documentCountersOf(all((set) => set.serviceRequests ?? []))],
      // events (issue 13)
      [events, all((set) => set.events ?? []).map(eventRow)],
      [registrations, all((set) => set.registrations ?? []).map(registrationRow)],
    ];
    for (const [table, rows] of inserts) {
      // Chunks keep each statement under PostgreSQL's 65,535 bound parameters.
      for (let i = 0; i < rows.length; i += 500) {
        await tx.insert(table).values(rows.slice(i, i + 500) as never);
      }
    }
    await tx.execute(sql`analyze`);
    return true;
  });
}
