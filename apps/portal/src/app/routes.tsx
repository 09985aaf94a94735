import { type ComponentType, lazy } from "react";

/**
 * Every page of the portal at its address, each its own chunk: the dashboard does not pay for the
 * member form's zod rules, nor the receipt for the charts. `public` pages open without a session.
 */
export interface PageRoute {
  readonly path: string;
  readonly page: ComponentType;
  readonly public?: boolean;
  /** Staff pages; a member is sent home from them. */
  readonly staffOnly?: boolean;
}

export const ROUTES: readonly PageRoute[] = [
  { path: "/sign-in", page: lazy(() => import("../pages/sign-in/SignInPage")), public: true },
  { path: "/", page: lazy(() => import("../pages/home/HomePage")) },
  { path: "/premises", page: lazy(() => import("../pages/premises/PremisesPage")) },
  { path: "/premises/leases/:leaseId", page: lazy(() => import("../pages/premises/LeasePage")) },
  { path: "/receipts/:receiptNumber", page: lazy(() => import("../pages/receipts/ReceiptPage")) },
];
