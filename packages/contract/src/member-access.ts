import type { RouteKey } from "./routes";

/**
 * The routes a member's session may call beyond what anyone may, each limited to the member's own
 * records: its member record, the leases it is the tenant of and their payments and receipts, the
 * service requests made for it. A record of another member is answered 404, as if it did not
 * exist, and a list holds only the member's own. A member may submit a service request for itself
 * only (403 otherwise).
 *
 * Every other route is open to a member's session only as to anyone: a public route in full, a
 * route with a public view in its public view, any other refused with 403. The sign-in routes
 * (tag `auth`) are open to it as to anyone. The node filters in the services, not only at the door.
 */
export const MEMBER_ROUTES = {
  "members.get": "own",
  "leases.list": "own",
  "leases.get": "own",
  "leases.payments.list": "own",
  "receipts.get": "own",
  "serviceRequests.list": "own",
  "serviceRequests.get": "own",
  "serviceRequests.create": "own",
} as const satisfies Partial<Record<RouteKey, "own">>;

export type MemberRouteKey = keyof typeof MEMBER_ROUTES;

/** Whether a member's session may call `key` on its own records. */
export function isMemberRoute(key: RouteKey): key is MemberRouteKey {
  return Object.hasOwn(MEMBER_ROUTES, key);
}
