import type { ChamberId } from "@ghorfa/schemas";
import * as z from "zod";
import { own } from "./owned";
import { hasScope, type Scope } from "./scopes";

/** Which view of a resource a caller gets: everything, or its public part. */
export const AccessView = own(z.enum(["full", "public"]), "which view of a public-view route was served");
export type AccessView = z.infer<typeof AccessView>;

/**
 * Rows a caller without the route's scope may see, by the value of one field of the item
 * (for example only agreements whose status is signed or later). Others are answered 404.
 */
export interface PublicRows {
  readonly field: string;
  readonly in: readonly (string | boolean)[];
}

/**
 * Who may call a route. Part of the contract, not of the server:
 * - `public`: anyone, no key needed (the node, the directory);
 * - `public-view`: anyone gets `publicSchema` (and only `publicRows`); a key of the route's
 *   chamber carrying `scope` gets the full resource. A key of chamber A reading chamber B gets
 *   the public view;
 * - `scoped`: a key of the route's chamber carrying `scope`; for routes outside a chamber
 *   (`/admin`), any key carrying `scope`.
 */
export type Access =
  | { readonly kind: "public" }
  | {
      readonly kind: "public-view";
      readonly scope: Scope;
      readonly publicSchema: z.ZodType;
      readonly publicRows?: PublicRows;
    }
  | { readonly kind: "scoped"; readonly scope: Scope };

/** An authenticated caller: the chamber its key belongs to and the key's scopes. */
export interface Caller {
  readonly chamberId: ChamberId;
  readonly scopes: readonly string[];
}

export type AccessDecision =
  | { readonly allowed: true; readonly view: AccessView }
  | { readonly allowed: false; readonly problem: "unauthorized" | "forbidden" };

/**
 * What `caller` (null when no key was given) may do on a route with `access`, in `chamberId`
 * (the route's `{chamberId}`, absent for routes outside a chamber). A key that was given but is
 * unknown, revoked or expired is answered 401 before this is asked.
 */
export function decideAccess(
  access: Access,
  request: { caller: Caller | null; chamberId?: ChamberId | undefined },
): AccessDecision {
  const { caller, chamberId } = request;
  if (access.kind === "public") return { allowed: true, view: "full" };
  const isOwnChamber = caller !== null && (chamberId === undefined || caller.chamberId === chamberId);
  const isEntitled = isOwnChamber && hasScope(caller.scopes, access.scope);
  if (access.kind === "public-view") return { allowed: true, view: isEntitled ? "full" : "public" };
  if (caller === null) return { allowed: false, problem: "unauthorized" };
  return isEntitled ? { allowed: true, view: "full" } : { allowed: false, problem: "forbidden" };
}

/** How restrictive an access kind is; the breaking-change gate refuses a move up this scale. */
export const ACCESS_RANK = { public: 0, "public-view": 1, scoped: 2 } as const satisfies Record<
  Access["kind"],
  number
>;
