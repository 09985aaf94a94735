import type { Named } from "@ghorfa/schemas";
import * as z from "zod";
import { own } from "./owned";

/**
 * What an API key may do. A key belongs to one chamber and its scopes apply to that chamber
 * only; `admin` is the node operator's scope and grants the `/admin` routes, nothing else.
 * Scope values are wire values: never rename one.
 */
export const CHAMBER_SCOPES = [
  "members:read",
  "members:write",
  "leases:read",
  "leases:write",
  "agreements:read",
  "agreements:write",
  "services:read",
  "services:write",
  "labels:read",
  "labels:write",
  "events:read",
  "events:write",
] as const;

/** Every scope: a chamber's, and `admin`, which only the node operator's key carries. */
export const SCOPES = [...CHAMBER_SCOPES, "admin"] as const;

const scopeSchema = own(z.enum(SCOPES), "API-key scopes are access-control vocabulary of the HTTP API");
/** The type of `Scope`, named so that declarations refer to it rather than restate it. */
export interface ScopeSchema extends Named<typeof scopeSchema> {}
export const Scope: ScopeSchema = scopeSchema;
export type Scope = z.infer<typeof Scope>;

const chamberScopeSchema = own(
  z.enum(CHAMBER_SCOPES),
  "API-key scopes are access-control vocabulary of the HTTP API",
);
/** The type of `ChamberScope`, named so that declarations refer to it rather than restate it. */
export interface ChamberScopeSchema extends Named<typeof chamberScopeSchema> {}
/**
 * The scopes a chamber's key may be given: all but `admin`. A stored key that could manage keys
 * would reach every chamber of the node, so only the operator's key (configuration, not a row)
 * carries `admin`.
 */
export const ChamberScope: ChamberScopeSchema = chamberScopeSchema;
export type ChamberScope = z.infer<typeof ChamberScope>;

/** Whether a key holding `scopes` has `scope`. Scopes never imply one another. */
export function hasScope(scopes: readonly string[], scope: Scope): boolean {
  return scopes.includes(scope);
}
