export * from "./access";
export * from "./cursor";
export * from "./entities/api-key";
export * from "./entities/node-info";
// sign-in (issue 15)
export * from "./entities/session";
export * from "./examples";
export * from "./fields";
export * from "./headers";
// sign-in (issue 15)
export * from "./member-access";
export * from "./named-schemas";
export type { OpenApiDocument } from "./openapi/document";
export { openapi } from "./openapi/document";
export * from "./pagination";
export * from "./problems";
export * from "./resources/agreements";
// events (issue 13)
export * from "./resources/events";
export * from "./resources/labels";
export * from "./resources/leases";
export * from "./resources/members";
export * from "./resources/receipts";
export * from "./resources/reports";
// services platform (issue 13)
export * from "./resources/services";
export * from "./resources/units";
export * from "./roles";
export * from "./route";
export * from "./route-types";
export * from "./routes";
export * from "./scopes";
export * from "./search";
export * from "./servers";
export * from "./tags";
export * from "./version";
