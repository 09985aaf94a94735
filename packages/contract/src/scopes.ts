import * as z from "zod";
import { own } from "./owned";

/**
 * What an API key may do. A key belongs to one chamber and its scopes apply to that chamber
 * only; `admin` is the node operator's scope and grants the `/admin` routes, nothing else.
 * Scope values are wire values: never rename one.
 */
export const SCOPES = [
  "members:read",
  "members:write",
  "leases:read",
  "leases:write",
  "agreements:read",
  "agreements:write",
  "admin",
] as const;

export const Scope = own(z.enum(SCOPES), "API-key scopes are access-control vocabulary of the HTTP API");
export type Scope = z.infer<typeof Scope>;

/** Whether a key holding `scopes` has `scope`. Scopes never imply one another. */
export function hasScope(scopes: readonly string[], scope: Scope): boolean {
  return scopes.includes(scope);
}
