import type * as z from "zod";
import { SUCCESS_SCHEMAS } from "./contract-responses";

// Loaded on demand (a dynamic import in client.ts), by clients that validate answers only: a
// module of its own, so bundlers put the response schemas and zod in a chunk of their own.

/** The schema of the success body of the route `key`; `null` when it answers with no body. */
export function successSchema(key: string): z.ZodType | null | undefined {
  return Object.hasOwn(SUCCESS_SCHEMAS, key) ? SUCCESS_SCHEMAS[key] : undefined;
}
