// `@ghorfa/schemas/ids`: reading global ids and merging the copies nodes serve, without zod or any
// schema. The main entry exports the same; code needed before any form (the SDK's federation)
// imports from here so that an app's first chunk does not carry the schemas a later page uses.
// Every module this file reaches must stay free of zod values (test/zod-free-entries.test.ts).
export { CHAMBER_IDS } from "./chamber-codes";
export {
  type CopyableRecord,
  type CopyList,
  type CopySource,
  compareCopies,
  mergeCopies,
  type RecordCopy,
} from "./copies";
export { ID_KINDS, type IdKind, idTime, parseId } from "./global-ids";
export { chamberOfId } from "./owned-by";
