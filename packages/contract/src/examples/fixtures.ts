import { type GrantedDecision, nextStatuses } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { encodeCursor } from "../cursor";

// The records the examples show, picked from the Souss-Massa fixtures by what they are, not by
// position, so that the examples stay true when fixtures are added. Picked in a function, not at
// the module's top level, so that a bundle which never shows an example drops the fixtures.

const pick = <T>(items: readonly T[], test: (item: T) => boolean, what: string): T => {
  const found = items.find(test);
  if (found === undefined) throw new Error(`No fixture ${what}`);
  return found;
};

/** The records the examples show. */
export function exampleRecords() {
  const chamber = soussMassa.chamber;
  const member = pick(
    soussMassa.members,
    (m) => m.status === "active" && m.labels.length > 0,
    "active labelled member",
  );
  const lease = pick(
    soussMassa.leases,
    (l) => l.status === "active" && l.termMonths !== undefined && l.end === undefined,
    "active lease",
  );
  const unit = pick(soussMassa.units, (u) => u.id === lease.unitId, "leased unit");
  const tenant = pick(soussMassa.members, (m) => m.id === lease.tenantId, "tenant");
  const payment = pick(
    soussMassa.payments,
    (p) => p.leaseId === lease.id && p.kind === "rent",
    "rent payment",
  );
  const agreement = pick(
    soussMassa.agreements,
    (a) => a.published && nextStatuses("agreement", a.status).includes("terminated"),
    "published agreement in force",
  );
  return { chamber, member, lease, unit, tenant, payment, agreement };
}

/** A page of `items` cut at `limit`, with the cursor the node would give. */
export function pageOf<T extends { id: string }>(items: readonly T[], limit: number) {
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: items.length > limit && last ? encodeCursor(last.id) : null };
}

/** The time of an example write: after every fixture. */
export const LATER = "2026-02-02T10:30:00.000Z";

// labels (issue 13)
/** The label records the examples show: the scheme and a granted application with its audit. */
export function exampleLabels() {
  const scheme = pick(soussMassa.labelSchemes, () => true, "label scheme");
  const application = pick(
    soussMassa.labelApplications,
    (a) => a.status === "granted" && a.category === "argan_oil" && a.decisions.length === 1,
    "granted argan oil",
  );
  const grant = application.decisions[0] as GrantedDecision;
  const audit = pick(application.audits, (a) => a.id === grant.auditId, "audit of the grant");
  const holder = pick(soussMassa.members, (m) => m.id === application.memberId, "label holder");
  return { scheme, application, audit, grant, holder };
}
