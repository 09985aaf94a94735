// What tests and benches outside this app use to run the node in their own process, through
// `@ghorfa/server/testing` (see package.json): the app, its configuration and its database, and
// the rows and services the bench's bare baseline runs beside it. Nothing here imports vitest, so
// a bench can load it; a test's own migrated database is `@ghorfa/server/testing/database`.
export { type AppOptions, createApp } from "./app";
export { type Config, loadConfig } from "./config";
export { connect, type Database, type DatabaseConnection, pgliteExtensions } from "./db/connect";
// events (issue 13)
export { memberRow, registrationRow } from "./db/rows";
export {
  events as eventTable,
  members as memberTable,
  registrations as registrationTable,
} from "./db/schema";
export { seed } from "./db/seed";
export { accounts, apiKeys, events, leases, members, registrations } from "./services";
export {
  eventInput,
  leaseInput,
  memberInput,
  openEvent,
  registrationInput,
  unitInput,
} from "./services/test-inputs";
