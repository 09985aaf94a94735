// events (issue 13)
import type { Event, Registration } from "@ghorfa/schemas";
import {
  type Agreement,
  type Chamber,
  type LabelApplication,
  type LabelScheme,
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
  labelApplicationRow,
  labelNumberRows,
  labelSchemeRow,
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
  labelApplications,
  labelNumbers,
  labelSchemes,
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
  // labels (issue 13)
  readonly labelSchemes?: readonly LabelScheme[] | undefined;
  readonly labelApplications?: readonly LabelApplication[] | undefined;
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

/**
 * The last sequence of each chamber, document series and year among the numbers the demo's
 * documents carry (certificates and attestations of service requests, labels).
 */
function documentCountersOf(issued: readonly { chamberId: Chamber["id"]; number: string }[]) {
  const last = new Map<string, { chamberId: Chamber["id"]; series: string; year: number; last: number }>();
  for (const { chamberId, number } of issued) {
    const parsed = parseDocumentNumber(number);
    if (!parsed) continue;
    const key = `${chamberId} ${parsed.series} ${parsed.year}`;
    const known = last.get(key);
    if (!known || known.last < parsed.sequence) {
      last.set(key, { chamberId, series: parsed.series, year: parsed.year, last: parsed.sequence });
    }
  }
  return [...last.values()];
}

// labels (issue 13)
/**
 * The labels `set`'s members keep in their own record: a label of one of the chamber's schemes
 * is dropped, since the node derives it from the programme's decisions (member-labels.ts).
 */
function membersOf(set: SeedSet): Member[] {
  const codes = new Set((set.labelSchemes ?? []).map((scheme) => scheme.code));
  return set.members.map((member) => ({
    ...member,
    labels: member.labels.filter((label) => !codes.has(label.code)),
  }));
}

/** The rows of `sets`' label schemes, applications and numbers. */
function labelRowsOf(sets: readonly SeedSet[]) {
  const schemes = sets.flatMap((set) => set.labelSchemes ?? []);
  const codeOf = new Map(schemes.map((scheme) => [scheme.id, scheme.code]));
  const applications = sets.flatMap((set) => set.labelApplications ?? []);
  return {
    schemes: schemes.map(labelSchemeRow),
    applications: applications.map((a) => labelApplicationRow(a, codeOf.get(a.schemeId) ?? "")),
    numbers: applications.flatMap(labelNumberRows),
  };
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

    const labelRows = labelRowsOf(sets);
    const requestNumbers = all((set) => set.serviceRequests ?? []).flatMap((request) =>
      request.documentNumber === undefined
        ? []
        : [{ chamberId: request.chamberId, number: request.documentNumber }],
    );
    await tx
      .insert(chambers)
      .values(sets.map((set) => ({ ...chamberRow(set.chamber), booksSince: set.booksSince ?? null })));
    const inserts: [Parameters<typeof tx.insert>[0], unknown[]][] = [
      [members, sets.flatMap(membersOf).map(memberRow)],
      [units, all((set) => set.units).map(unitRow)],
      [leases, all((set) => set.leases).map(leaseRow)],
      [payments, allPayments.map(paymentRow)],
      [receiptCounters, receiptCountersOf(allPayments)],
      [agreements, uniqueAgreements.map(agreementRow)],
      [agreementChambers, partyRows],
      // services platform (issue 13)
      [services, all((set) => set.services ?? []).map(serviceRow)],
      [serviceRequests, all((set) => set.serviceRequests ?? []).map(serviceRequestRow)],
      // labels (issue 13)
      [labelSchemes, labelRows.schemes],
      [labelApplications, labelRows.applications],
      [labelNumbers, labelRows.numbers],
      // every series of numbered documents: certificates, attestations, labels
      [documentCounters, documentCountersOf([...requestNumbers, ...labelRows.numbers])],
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
