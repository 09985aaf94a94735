// vitest globalSetup of a project that starts nodes (see node.ts): one migrated and seeded
// database template per run, which every test file's node copies.
export { default } from "@ghorfa/server/testing/global-setup";
