import { Lease, LeasePayment } from "@ghorfa/schemas";
import { Page } from "../pagination";
import {
  LeaseCreate,
  LeaseListQuery,
  LeasePatch,
  LeasePaymentCreate,
  LeasePaymentListQuery,
  LeaseStatusChange,
} from "../resources/leases";
import { route } from "../route";
import { lifecycleNote } from "./lifecycle";
import { InChamber, LeasePath } from "./params";

const read = { kind: "scoped", scope: "leases:read" } as const;
const write = { kind: "scoped", scope: "leases:write" } as const;

export const leaseRoutes = {
  "leases.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/leases",
    summary: "List leases",
    tag: "leases",
    params: InChamber,
    query: LeaseListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(Lease) },
  }),
  "leases.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/leases/{leaseId}",
    summary: "Get a lease",
    tag: "leases",
    params: LeasePath,
    access: read,
    etag: true,
    responses: { 200: Lease },
  }),
  "leases.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/leases",
    summary: "Draw up a lease",
    description:
      "The lease starts as a `draft`. Its tenant and unit must be of this chamber; a unit already let over the same period is a conflict.",
    tag: "leases",
    params: InChamber,
    body: LeaseCreate,
    access: write,
    etag: true,
    responses: { 201: Lease },
  }),
  "leases.update": route({
    method: "PATCH",
    path: "/chambers/{chamberId}/leases/{leaseId}",
    summary: "Change a lease",
    description:
      "A new `monthlyRent` is a revision under loi 07-03: refused (400, codes `revision_too_early`, `revision_above_cap`) within 3 years of the start or the last revision, or above the cap of its use. Once a lease has taken effect (any status but `draft`) its rent history is append-only: a `rentHistory` given (or `null`) keeps every current step, unchanged and in order, and only adds steps after them, and `revisionClause.lastRevisionOn`, once set, is neither removed nor moved earlier; otherwise 400, code `lease_history_rewrite`, and nothing changes.",
    tag: "leases",
    params: LeasePath,
    body: LeasePatch,
    access: write,
    etag: true,
    ifMatch: "required",
    responses: { 200: Lease },
  }),
  "leases.setStatus": route({
    method: "POST",
    path: "/chambers/{chamberId}/leases/{leaseId}/status",
    summary: "Change a lease's status",
    description: lifecycleNote("lease"),
    tag: "leases",
    params: LeasePath,
    body: LeaseStatusChange,
    access: write,
    etag: true,
    ifMatch: "optional",
    responses: { 200: Lease },
    problems: ["invalid-transition"],
  }),
  "leases.payments.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/leases/{leaseId}/payments",
    summary: "List a lease's payments",
    tag: "leases",
    params: LeasePath,
    query: LeasePaymentListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(LeasePayment) },
  }),
  "leases.payments.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/leases/{leaseId}/payments",
    summary: "Record a payment",
    description:
      "The node numbers the receipt (the next number of the year of `paidOn`, without gaps). Send an Idempotency-Key: a payment recorded twice is two receipts.",
    tag: "leases",
    params: LeasePath,
    body: LeasePaymentCreate,
    access: write,
    etag: true,
    responses: { 201: LeasePayment },
  }),
};
