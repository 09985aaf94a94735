import type { AccountRole } from "@ghorfa/schemas";
import { useSignedIn } from "./session";

/**
 * The roles whose scopes hold each `<resource>:write` (the contract's ROLE_SCOPES): they see the
 * forms and the status changes. The node decides anyway; this only spares the others buttons it
 * would refuse. Not read from the contract, whose scopes are zod enums: pages that change nothing
 * would ship zod with it. writers.test.ts holds this table to the contract's.
 */
export const WRITERS = {
  members: ["agent", "manager", "admin"],
  leases: ["agent", "manager", "admin"],
  services: ["agent", "manager", "admin"],
  events: ["agent", "manager", "admin"],
  agreements: ["manager", "admin"],
} as const satisfies Record<string, readonly AccountRole[]>;

/** Whether the signed-in account may change `resource`: its role's scopes, as the node grants them. */
export function useCanWrite(resource: keyof typeof WRITERS): boolean {
  const { account } = useSignedIn();
  return (WRITERS[resource] as readonly AccountRole[]).includes(account.role);
}
