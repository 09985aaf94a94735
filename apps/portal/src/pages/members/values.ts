import type { AccountRole, LegalForm, MemberStatus, Section } from "@ghorfa/schemas";
import { STATUS_TRANSITIONS } from "@ghorfa/schemas";

// The directory's filters and the form's choices need the values of enums, and the schemas' enums are zod objects:
// reading `.options` would ship zod with the directory (and the contract's role table, the whole
// contract). These lists are held to the schemas' and the contract's own by values.test.ts, so
// they cannot drift.

/** Every member status, in the lifecycle's order. */
export const MEMBER_STATUSES = Object.keys(STATUS_TRANSITIONS.member) as readonly MemberStatus[];

/** Every legal form an enterprise may have, for the form's choice. */
export const LEGAL_FORMS = [
  "sarl",
  "sarl_au",
  "sa",
  "sas",
  "snc",
  "scs",
  "sca",
  "natural_person",
  "auto_entrepreneur",
  "cooperative",
  "gie",
  "public_establishment",
  "association",
  "branch",
] as const satisfies readonly LegalForm[];

/** Every section of a chamber. */
export const SECTIONS = ["commerce", "industry", "services"] as const satisfies readonly Section[];

/**
 * The roles whose scopes hold `members:write` (the contract's ROLE_SCOPES): they see the forms and
 * the status changes. The node decides anyway; this only spares the others buttons it would refuse.
 */
export const MEMBER_WRITERS = ["agent", "manager", "admin"] as const satisfies readonly AccountRole[];
