import { enumLabel } from "@ghorfa/i18n";
import type { MemberStatus } from "@ghorfa/schemas";
import type { useChamber } from "../../api/session";
import { useLocale } from "../../i18n/locale";

type Members = ReturnType<typeof useChamber>["members"];
/** A member as the node answers a read: whole for the chamber's staff. */
export type MemberView = Awaited<ReturnType<Members["get"]>>;
/** A member as the node answers a read with every field (a staff key's view). */
export type FullMember = Extract<MemberView, { identifiers: unknown }>;
export type MemberCreateBody = Parameters<Members["create"]>[0];
export type MemberPatchBody = Parameters<Members["update"]>[1];
export type MemberListQuery = NonNullable<Parameters<Members["list"]>[0]>;

/** Whether `member` came in the full view (the staff's), not the public one. */
export function isFull<M extends object>(member: M): member is Extract<M, { identifiers: unknown }> {
  return "identifiers" in member;
}

/** A member's status as a badge, in the reader's language. */
export function StatusBadge({ status }: { status: MemberStatus }) {
  const { locale } = useLocale();
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {enumLabel(locale, "MemberStatus", status)}
    </span>
  );
}

/** The query key of one member, shared by the member page and the forms. */
export const memberKey = (id: string) => ["member", id] as const;
/** The prefix of every page of the directory, so a change drops them all. */
export const MEMBER_LIST_KEY = ["members"] as const;
