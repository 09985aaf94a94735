import * as z from "zod";

/**
 * The few wire shapes the contract itself owns (transport vocabulary: scopes, cursors,
 * problem fields, API-key secrets…), each declared once with the reason it is not a domain
 * schema. Every other leaf of a request or response must come from @ghorfa/schemas; the
 * provenance test walks every route and fails on a leaf that is in neither place.
 */
export const contractOwned = z.registry<{ why: string }>();

/** Declares `schema` as owned by the contract, for `why`. Returns the same instance. */
export function own<T extends z.ZodType>(schema: T, why: string): T {
  contractOwned.add(schema, { why });
  return schema;
}
