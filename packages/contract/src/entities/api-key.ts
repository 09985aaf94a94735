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

/**
 * An API key as the operator sees it: never its secret. A key belongs to one chamber. `scopes`
 * may name `admin` only on keys revoked before chambers' keys stopped taking it.
 */
export const ApiKey = z.object({
  id: ApiKeyId,
  chamberId: ChamberId,
  name: ApiKeyName,
  scopes: z.array(Scope).min(1),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** The answer to a key's creation: the only time its secret is shown. */
export const ApiKeyCreated = ApiKey.extend({ secret: ApiKeySecret });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

/** What the operator sends to create a key. */
export const ApiKeyCreate = ApiKey.pick({ chamberId: true, name: true }).extend({
  scopes: z.array(ChamberScope).min(1),
  expiresAt: ApiKey.shape.expiresAt.optional(),
});
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;
