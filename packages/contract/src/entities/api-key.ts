import type { Named } from "@ghorfa/schemas";
import { ApiKeyId, ChamberId, IsoDateTime, textLine } from "@ghorfa/schemas";
import * as z from "zod";
import { own } from "../owned";
import { ChamberScope, Scope } from "../scopes";

const ApiKeyName = own(textLine().max(100), "an operator's label for an API key");
/** Shown once, at creation; the node keeps only a hash of it. */
export const ApiKeySecret = own(
  z.string().regex(/^ghorfa_[A-Za-z0-9_-]{32,}$/, { message: "Expected a Ghorfa API key" }),
  "the bearer secret of an API key",
);

const apiKeySchema = z.object({
  id: ApiKeyId,
  chamberId: ChamberId,
  name: ApiKeyName,
  scopes: z.array(Scope).min(1),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
});
/** The type of `ApiKey`, named so that declarations refer to it rather than restate it. */
export interface ApiKeySchema extends Named<typeof apiKeySchema> {}
/**
 * An API key as the operator sees it: never its secret. A key belongs to one chamber. `scopes`
 * may name `admin` only on keys revoked before chambers' keys stopped taking it.
 */
export const ApiKey: ApiKeySchema = apiKeySchema;
export type ApiKey = z.infer<typeof ApiKey>;

const apiKeyCreatedSchema = ApiKey.extend({ secret: ApiKeySecret });
/** The type of `ApiKeyCreated`, named so that declarations refer to it rather than restate it. */
export interface ApiKeyCreatedSchema extends Named<typeof apiKeyCreatedSchema> {}
/** The answer to a key's creation: the only time its secret is shown. */
export const ApiKeyCreated: ApiKeyCreatedSchema = apiKeyCreatedSchema;
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

const apiKeyCreateSchema = ApiKey.pick({ chamberId: true, name: true }).extend({
  scopes: z.array(ChamberScope).min(1),
  expiresAt: ApiKey.shape.expiresAt.optional(),
});
/** The type of `ApiKeyCreate`, named so that declarations refer to it rather than restate it. */
export interface ApiKeyCreateSchema extends Named<typeof apiKeyCreateSchema> {}
/** What the operator sends to create a key. */
export const ApiKeyCreate: ApiKeyCreateSchema = apiKeyCreateSchema;
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;
