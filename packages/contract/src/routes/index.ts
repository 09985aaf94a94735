import { defineRoutes, type Route } from "../route";
import { adminRoutes } from "./admin";
import { agreementRoutes } from "./agreements";
// sign-in (issue 15)
import { authRoutes } from "./auth";
import { chamberRoutes } from "./chambers";
// events (issue 13)
import { eventRoutes } from "./events";
// labels (issue 13)
import { labelRoutes } from "./labels";
import { leaseRoutes } from "./leases";
import { memberRoutes } from "./members";
import { nodeRoutes } from "./node";
import { receiptRoutes } from "./receipts";
import { reportRoutes } from "./reports";
// services platform (issue 13)
import { serviceRoutes } from "./services";
import { unitRoutes } from "./units";

/**
 * Every route of the contract, by the key the SDK and the server know it by. Built in a call
 * marked pure, so that a bundle that imports only schemas of the contract drops every route.
 */
export const routes = /* @__PURE__ */ (() =>
  defineRoutes({
    ...nodeRoutes,
    ...chamberRoutes,
    ...memberRoutes,
    ...unitRoutes,
    ...leaseRoutes,
    // labels (issue 13)
    ...labelRoutes,
    ...receiptRoutes,
    ...reportRoutes,
    ...agreementRoutes,
    ...adminRoutes,
    // services platform (issue 13)
    ...serviceRoutes,
    // events (issue 13)
    ...eventRoutes,
    // sign-in (issue 15)
    ...authRoutes,
  }))();

export type Routes = typeof routes;
export type RouteKey = keyof Routes;

/** Any route, widened: what code that walks every route (server, docs, gate) holds. */
export type AnyRoute = Route & { readonly key: RouteKey };

/** The routes as a list, in definition order (documentation order). */
export const routeList: readonly AnyRoute[] = /* @__PURE__ */ Object.values(routes);
