import type { AccountRole } from "@ghorfa/schemas";
import { CHAMBER_SCOPES, type ChamberScope } from "./scopes";

const reads = CHAMBER_SCOPES.filter((scope) => scope.endsWith(":read"));
const agentWrites = ["members:write", "leases:write", "services:write", "events:write"] as const;

/**
 * The chamber scopes a signed-in account holds, by its role: the one table that says what each role
 * may do. No role carries `admin`, the node operator's scope: a chamber's `admin` administers its
 * chamber, never the node. A `member` account reads what concerns a member; the node narrows it
 * further to its own records (`MEMBER_ROUTES`).
 */
export const ROLE_SCOPES = {
  viewer: reads,
  agent: [...reads, ...agentWrites],
  manager: [...reads, ...agentWrites, "agreements:write", "labels:write"],
  admin: CHAMBER_SCOPES,
  member: ["members:read", "leases:read", "services:read", "events:read"],
} as const satisfies Record<AccountRole, readonly ChamberScope[]>;

/** The scopes of an account of `role`. */
export function scopesOfRole(role: AccountRole): readonly ChamberScope[] {
  return ROLE_SCOPES[role];
}
