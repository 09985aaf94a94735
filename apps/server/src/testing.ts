// What tests and benches outside this app use to run the node in their own process, through
// `@ghorfa/server/testing` (see package.json): the app, its configuration and its database, and
// the rows and services the bench's bare baseline runs beside it. Nothing here imports vitest, so
// a bench can load it; a test's own migrated database is `@ghorfa/server/testing/database`.
export { type AppOptions, createApp } from "./app";
export { type Config, loadConfig } from "./config";
export { connect, type Database, type DatabaseConnection, pgliteExtensions } from "./db/connect";
export { memberRow } from "./db/rows";
export { members as memberTable } from "./db/schema";
export { seed } from "./db/seed";
export { apiKeys, members } from "./services";
export { leaseInput, memberInput, unitInput } from "./services/test-inputs";
// events (issue 13)
export { registrationRow } from "./db/rows";
export { events as eventTable, registrations as registrationTable } from "./db/schema";
export { events, registrations } from "./services";
export { eventInput, openEvent, registrationInput } from "./services/test-inputs";
