// sign-in (issue 15)
export * from "./accounts/account";
export * from "./agreements/agreement";
export * from "./agreements/agreement-merge";
export * from "./calendar/dates";
// services platform (issue 13)
export * from "./calendar/moroccan-holidays";
export * from "./calendar/tabular-hijri";
export * from "./calendar/working-days";
export * from "./chambers/chamber";
export * from "./chambers/country";
export * from "./chambers/region";
export * from "./documents/document-number";
export * from "./entities";
export * from "./enum-values";
export * from "./enums";
// events (issue 13)
export * from "./events/event";
export * from "./events/event-enums";
export * from "./events/registration";
export * from "./events/registration-rules";
export * from "./fees/fee-rule";
export * from "./ids/chamber-id";
export * from "./ids/ids";
export { chamberOfId } from "./ids/owned-by";
export * from "./issues/issue-codes";
// The JSON Schema rewrites @ghorfa/contract also makes to its OpenAPI document; the others are
// for this package's files alone.
export { nestRules, openConditions, refuseBlank } from "./json-schema/json-schema-rewrites";
export * from "./json-schema/json-schema-walk";
// labels (issue 13)
export * from "./labels/label-application";
export * from "./labels/label-enums";
export * from "./labels/label-rules";
export * from "./labels/label-scheme";
export * from "./leases/arrears";
export * from "./leases/lease";
export * from "./leases/lease-term";
export * from "./leases/payment";
export * from "./leases/payment-lease";
export * from "./leases/receipt-number";
export * from "./leases/rent-due";
export * from "./leases/rent-roll";
export * from "./leases/revision";
export * from "./leases/unit";
export * from "./lifecycle/transitions";
export * from "./members/contact";
export * from "./members/identifiers";
export * from "./members/member";
export * from "./money/money";
export * from "./money/money-error";
export * from "./money/money-math";
export * from "./money/money-parse";
export type { Named } from "./named";
export * from "./reports/overview";
export * from "./services/service";
export * from "./services/service-enums";
export * from "./services/service-reports";
export * from "./services/service-request";
export * from "./services/service-rules";
export * from "./text/localized-text";
export * from "./text/text";
