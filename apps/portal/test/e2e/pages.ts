import type { AccountRole } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";

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
export interface PageCase {
  readonly name: string;
  readonly as?: AccountRole;
  readonly path: string;
}

export const PAGES: readonly PageCase[] = [
  { name: "sign-in", path: "/sign-in" },
  { name: "dashboard", as: "manager", path: "/" },
  { name: "member-home", as: "member", path: "/" },
  { name: "not-found", as: "viewer", path: "/no-such-page" },
  { name: "services", as: "agent", path: "/services" },
  { name: "service-request", as: "agent", path: `/services/requests/${inReview?.id}` },
  { name: "labels", as: "manager", path: "/labels" },
  { name: "label-application", as: "manager", path: `/labels/applications/${granted?.id}` },
  { name: "verify-form", path: "/verify" },
  { name: "verify-label", path: `/verify/ma-09/${grantedNumber}` },
  { name: "events", as: "agent", path: "/events" },
  { name: "event", as: "agent", path: `/events/${forum?.id}` },
];
