import type { RouteTable } from "./route-descriptor";

// Generated from @ghorfa/contract by scripts/contract-table.ts (run by `npm run build`): do not
// edit. What the client needs of the contract at run time, and no more, so a browser bundle of the
// SDK carries no route summaries, examples or schemas. A test fails when it differs from the contract.

/** The contract version this SDK speaks, sent in `Ghorfa-Version`. */
export const CONTRACT_VERSION = "2026-11-29";

/** The namespace of problem `type` URIs; the rest of a URI is the problem kind. */
export const PROBLEM_BASE_URI = "https://ghorfa.ma/problems/";

/** Every route of the contract, as `route-descriptor.ts` writes them: key, method, path and traits. */
export const ROUTE_TABLE: RouteTable =
  "node.info GET /.well-known/ghorfa," +
  "chambers.list GET /chambers," +
  "chambers.get GET /chambers/{chamberId}," +
  "members.list GET @ qp," +
  "members.get GET @/{memberId}," +
  "members.create POST @ bi," +
  "members.update PATCH @/{memberId} bmi," +
  "members.setStatus POST @/{memberId}/status bmi," +
  "units.list GET @ qp," +
  "units.get GET @/{unitId}," +
  "units.create POST @ bi," +
  "leases.list GET @ qp," +
  "leases.get GET @/{leaseId}," +
  "leases.create POST @ bi," +
  "leases.update PATCH @/{leaseId} bmi," +
  "leases.setStatus POST @/{leaseId}/status bmi," +
  "leases.payments.list GET @/{leaseId}/payments qp," +
  "leases.payments.create POST @/{leaseId}/payments bi," +
  "labels.schemes.list GET ~/label-schemes qp," +
  "labels.schemes.get GET ~/label-schemes/{schemeId}," +
  "labels.schemes.create POST ~/label-schemes bi," +
  "labels.applications.list GET ~/label-applications qp," +
  "labels.applications.get GET ~/label-applications/{applicationId}," +
  "labels.applications.create POST ~/label-applications bi," +
  "labels.audits.create POST ~/label-applications/{applicationId}/audits bmi," +
  "labels.decisions.create POST ~/label-applications/{applicationId}/decisions bmi," +
  "labels.verify GET @/{labelNumber}/verification," +
  "receipts.get GET @/{receiptNumber}," +
  "reports.rentRoll GET @/rent-roll q," +
  "reports.arrears GET @/arrears q," +
  "reports.overview GET @/overview q," +
  "agreements.list GET @ qp," +
  "agreements.get GET @/{agreementId}," +
  "agreements.create POST @ bi," +
  "agreements.update PATCH @/{agreementId} bmi," +
  "agreements.setStatus POST @/{agreementId}/status bmi," +
  "admin.keys.create POST /admin/keys bi," +
  "admin.keys.list GET /admin/keys qp," +
  "admin.keys.revoke DELETE /admin/keys/{keyId} i," +
  "services.list GET @ qp," +
  "services.get GET @/{serviceId}," +
  "services.create POST @ bi," +
  "services.update PATCH @/{serviceId} bmi," +
  "serviceRequests.list GET ~/service-requests qp," +
  "serviceRequests.get GET ~/service-requests/{requestId}," +
  "serviceRequests.create POST ~/service-requests bi," +
  "serviceRequests.update PATCH ~/service-requests/{requestId} bmi," +
  "serviceRequests.setStatus POST ~/service-requests/{requestId}/status bmi," +
  "holidays.get GET @ q," +
  "holidays.announce POST @ bi," +
  "reports.serviceRequests GET @/service-requests q," +
  "reports.serviceLevel GET @/service-level q," +
  "events.list GET @ qp," +
  "events.upcoming GET ~/upcoming-events qp," +
  "events.get GET @/{eventId}," +
  "events.create POST @ bi," +
  "events.update PATCH @/{eventId} bmi," +
  "events.setStatus POST @/{eventId}/status bmi," +
  "registrations.list GET ~/events/{eventId}/registrations qp," +
  "registrations.get GET ~/events/{eventId}/registrations/{registrationId}," +
  "registrations.create POST ~/events/{eventId}/registrations bi," +
  "registrations.selfRegister POST ~/events/{eventId}/self-registrations bi," +
  "registrations.cancel POST ~/events/{eventId}/registrations/{registrationId}/cancel mi," +
  "registrations.checkIn POST ~/events/{eventId}/registrations/{registrationId}/check-in mi," +
  "auth.signIn POST /auth/sign-in bi," +
  "auth.session GET /auth/session," +
  "auth.signOut POST /auth/sign-out i," +
  "auth.signOutEverywhere POST /auth/sign-out-everywhere i," +
  "auth.requestPasswordReset POST /auth/password-reset-requests bi," +
  "auth.resetPassword POST /auth/password-resets bi";
