// The storage services of the node, one namespace per resource: `members.list(db, …)`.
// Every function takes a `Database`, which may be a transaction (see README.md).
// sign-in (issue 15)
export * as accounts from "./accounts";
export * as agreements from "./agreements";
export * as apiKeys from "./api-keys";
export * as chambers from "./chambers";
export * as documentNumbers from "./document-numbers";
export * from "./errors";
// events (issue 13)
export * as events from "./events";
// services platform (issue 13)
export * as holidays from "./holidays";
export * as idempotency from "./idempotency";
// labels (issue 13)
export * as labels from "./labels";
export * as leases from "./leases";
export * as memberLabels from "./member-labels";
export * as members from "./members";
export * as oneTimeTokens from "./one-time-tokens";
export * as overview from "./overview";
export * as passwords from "./passwords";
export * as payments from "./payments";
export * as rateLimits from "./rate-limits";
export * as receipts from "./receipts";
export * as registrations from "./registrations";
export * as reports from "./reports";
export * as serviceCatalogue from "./service-catalogue";
export * as serviceReports from "./service-reports";
export * as serviceRequests from "./service-requests";
export * as sessions from "./sessions";
export * as signInThrottle from "./sign-in-throttle";
export * as units from "./units";
export type { Versioned } from "./versioned";
