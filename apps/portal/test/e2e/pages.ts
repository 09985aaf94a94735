import type { AccountRole } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";

// members: a seeded member the tests only read (Tamount, the one written in Arabic).
const TAMOUNT = soussMassa.members[4]?.id;
// Seeded records the pages below open (apps/server/src/db/seed.ts seeds these fixtures); no test
// changes them.
const inReview = soussMassa.serviceRequests.find((request) => request.status === "in_review");
const granted = soussMassa.labelApplications.find((application) => application.status === "granted");
const grantedNumber = granted?.decisions.flatMap((d) => (d.kind === "granted" ? [d.labelNumber] : [])).at(-1);
const forum = soussMassa.events[0];

/**
 * Every page of the portal, as a test reaches it: pages.e2e.ts opens each one in Arabic and in
 * French, waits for it to settle, keeps a screenshot and runs axe-core on it. A page added to the
 * portal is added here. `path` may be a function of the demo data the test looks up first.
 */
/** The demo's first Souss-Massa lease (shop B-01, revised once) and its first receipt of 2026. */
export const DEMO_LEASE = "lse_ma-09_01KG722XM00000000000000000";
export const DEMO_RECEIPT = "2026-000001";

export interface PageCase {
  readonly name: string;
  readonly as?: AccountRole;
  readonly path: string;
}

export const PAGES: readonly PageCase[] = [
  { name: "sign-in", path: "/sign-in" },
  { name: "forgot-password", path: "/forgot-password" },
  { name: "reset-password", path: "/reset-password" },
  { name: "dashboard", as: "manager", path: "/?month=2026-01" },
  { name: "member-home", as: "member", path: "/" },
  { name: "member-premises", as: "member", path: "/premises" },
  { name: "member-services", as: "member", path: "/services" },
  { name: "member-events", as: "member", path: "/events" },
  { name: "not-found", as: "viewer", path: "/no-such-page" },
  { name: "members", as: "agent", path: "/members" },
  { name: "member", as: "agent", path: `/members/${TAMOUNT}` },
  { name: "member-new", as: "agent", path: "/members/new" },
  { name: "member-edit", as: "agent", path: `/members/${TAMOUNT}/edit` },
  { name: "agreements", as: "viewer", path: "/agreements" },
  { name: "agreement", as: "manager", path: "/agreements/agr_ma-09_01KG722XM00000000000000000" },
  { name: "federation", as: "viewer", path: "/federation" },
  { name: "premises", as: "manager", path: "/premises" },
  { name: "lease", as: "agent", path: `/premises/leases/${DEMO_LEASE}` },
  { name: "receipt", as: "viewer", path: `/receipts/${DEMO_RECEIPT}` },
  { name: "services", as: "agent", path: "/services" },
  { name: "service-request", as: "agent", path: `/services/requests/${inReview?.id}` },
  { name: "labels", as: "manager", path: "/labels" },
  { name: "label-application", as: "manager", path: `/labels/applications/${granted?.id}` },
  { name: "verify-form", path: "/verify" },
  { name: "verify-label", path: `/verify/ma-09/${grantedNumber}` },
  { name: "events", as: "agent", path: "/events" },
  { name: "event", as: "agent", path: `/events/${forum?.id}` },
];
