import { type RouteKey, routes } from "@ghorfa/contract";
import type * as z from "zod";

// Loaded on demand (a dynamic import in client.ts), by clients that validate answers only: a
// module of its own, so bundlers keep just the routes' schemas of the contract in that chunk.

/** The schema of the success body of the route `key`; `null` when it answers with no body. */
export function successSchema(key: string): z.ZodType | null | undefined {
  const route = routes[key as RouteKey];
  return route?.responses[route.successStatus as keyof typeof route.responses] as
    | z.ZodType
    | null
    | undefined;
}
