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
  {
    path: "/forgot-password",
    page: lazy(() => import("../pages/password/ForgotPasswordPage")),
    public: true,
  },
  { path: "/reset-password", page: lazy(() => import("../pages/password/ResetPasswordPage")), public: true },
  { path: "/", page: lazy(() => import("../pages/home/HomePage")) },
  { path: "/members", page: lazy(() => import("../pages/members/MembersPage")), staffOnly: true },
  { path: "/members/new", page: lazy(() => import("../pages/members/MemberFormPage")), staffOnly: true },
  {
    path: "/members/:memberId/edit",
    page: lazy(() => import("../pages/members/MemberFormPage")),
    staffOnly: true,
  },
  { path: "/members/:memberId", page: lazy(() => import("../pages/members/MemberPage")), staffOnly: true },
  { path: "/agreements", page: lazy(() => import("../pages/agreements/AgreementsPage")), staffOnly: true },
  {
    path: "/agreements/:agreementId",
    page: lazy(() => import("../pages/agreements/AgreementPage")),
    staffOnly: true,
  },
  { path: "/federation", page: lazy(() => import("../pages/federation/FederationPage")), staffOnly: true },
  { path: "/premises", page: lazy(() => import("../pages/premises/PremisesPage")) },
  { path: "/premises/leases/:leaseId", page: lazy(() => import("../pages/premises/LeasePage")) },
  { path: "/receipts/:receiptNumber", page: lazy(() => import("../pages/receipts/ReceiptPage")) },
  { path: "/services", page: lazy(() => import("../pages/services/ServicesPage")) },
  { path: "/services/new", page: lazy(() => import("../pages/services/NewServiceRequestPage")) },
  { path: "/services/requests/:requestId", page: lazy(() => import("../pages/services/ServiceRequestPage")) },
  { path: "/labels", page: lazy(() => import("../pages/labels/LabelsPage")), staffOnly: true },
  {
    path: "/labels/applications/:applicationId",
    page: lazy(() => import("../pages/labels/LabelApplicationPage")),
    staffOnly: true,
  },
  { path: "/verify", page: lazy(() => import("../pages/labels/VerifyPage")), public: true },
  {
    path: "/verify/:chamberId/:labelNumber",
    page: lazy(() => import("../pages/labels/VerifyPage")),
    public: true,
  },
  { path: "/events", page: lazy(() => import("../pages/events/EventsPage")) },
  { path: "/events/:eventId", page: lazy(() => import("../pages/events/EventPage")) },
];
