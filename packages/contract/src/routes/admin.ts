import { ApiKeyId, ChamberId } from "@ghorfa/schemas";
import * as z from "zod";
import { ApiKey, ApiKeyCreate, ApiKeyCreated } from "../entities/api-key";
import { Page, PageQuery } from "../pagination";
import { route } from "../route";

const operator = { kind: "scoped", scope: "admin" } as const;
export const adminRoutes = {
  "admin.keys.create": route({
    method: "POST",
    path: "/admin/keys",
    summary: "Create an API key",
    description:
      "The answer holds the key's secret; it is shown this once and never again. A chamber's key takes the chamber's scopes, never `admin`. A retry with the same Idempotency-Key answers 409 with the Location of the key the first request made: revoke it and create another if its secret was lost.",
    tag: "admin",
    body: ApiKeyCreate,
    access: operator,
    etag: true,
    showsSecretOnce: true,
    responses: { 201: ApiKeyCreated },
    // A key for a chamber this node does not host.
    problems: ["not-found"],
  }),
  "admin.keys.list": route({
    method: "GET",
    path: "/admin/keys",
    summary: "List API keys",
    description: "Keys of the chambers this node hosts, newest last; revoked keys included.",
    tag: "admin",
    query: PageQuery.extend({ chamberId: ChamberId.optional() }),
    access: operator,
    paginated: true,
    responses: { 200: Page(ApiKey) },
  }),
  "admin.keys.revoke": route({
    method: "DELETE",
    path: "/admin/keys/{keyId}",
    summary: "Revoke an API key",
    description: "The key stops working at once. Revoking a revoked key changes nothing.",
    tag: "admin",
    params: z.object({ keyId: ApiKeyId }),
    access: operator,
    responses: { 204: null },
  }),
};
