import type { AccountRole } from "@ghorfa/schemas";

/**
 * The roles whose scopes hold `members:write` (the contract's ROLE_SCOPES): they see the forms and
 * the status changes. The node decides anyway; this only spares the others buttons it would refuse.
 * Not read from the contract, whose scopes are zod enums: the member page ships no zod.
 */
export const MEMBER_WRITERS = ["agent", "manager", "admin"] as const satisfies readonly AccountRole[];
