import type { AccountRole } from "@ghorfa/schemas";

/** A place in the navigation: its address and the shell message that names it. */
export interface NavItem {
  readonly href: string;
  readonly label:
    | "nav.dashboard"
    | "nav.member"
    | "nav.members"
    | "nav.premises"
    | "nav.agreements"
    | "nav.services"
    | "nav.labels"
    | "nav.events"
    | "nav.federation";
}

const STAFF: readonly NavItem[] = [
  { href: "/", label: "nav.dashboard" },
  { href: "/members", label: "nav.members" },
  { href: "/premises", label: "nav.premises" },
  { href: "/agreements", label: "nav.agreements" },
  { href: "/services", label: "nav.services" },
  { href: "/labels", label: "nav.labels" },
  { href: "/events", label: "nav.events" },
  { href: "/federation", label: "nav.federation" },
];

const MEMBER: readonly NavItem[] = [
  { href: "/", label: "nav.member" },
  { href: "/premises", label: "nav.premises" },
  { href: "/services", label: "nav.services" },
  { href: "/events", label: "nav.events" },
];

/**
 * What a role finds in the navigation: staff the chamber's work, a member its own enterprise. The
 * node decides what each may read; this only spares a member links that would all say "not found".
 */
export const NAV_BY_ROLE = {
  viewer: STAFF,
  agent: STAFF,
  manager: STAFF,
  admin: STAFF,
  member: MEMBER,
} as const satisfies Record<AccountRole, readonly NavItem[]>;

/** Whether `href` is the current place or a parent of it (so /members/… lights "Members"). */
export function isCurrent(href: string, location: string): boolean {
  return href === "/" ? location === "/" : location === href || location.startsWith(`${href}/`);
}
