import { type ChamberId, heldLabel, type Member, type MemberLabel } from "@ghorfa/schemas";
import { and, asc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { labelApplications, labelSchemes, members } from "../db/schema";

// The labels a member shows are of two kinds. Labels of the chamber's own programmes (a code of
// one of its label schemes) are what the programme decides: derived, each time a member is served,
// from the label decisions, as of that day; never stored with the member, so nothing can drift.
// Labels of other programmes (a national label, say) are the member's own data, given in
// MemberCreate/MemberPatch, kept in `members.data` and in `members.labels` for the list filter.
// A label given there with a programme's code is dropped: only a decision grants it.

/** Decisions under which an application holds its label (until its validity ends). */
const HOLDING = ["granted", "reinstated"] as const;

/** The codes of `chamberId`'s label schemes. */
export async function programmeCodes(db: Database, chamberId: ChamberId): Promise<Set<string>> {
  const rows = await db
    .select({ code: labelSchemes.code })
    .from(labelSchemes)
    .where(eq(labelSchemes.chamberId, chamberId));
  return new Set(rows.map((row) => row.code));
}

/** `labels` without those of `chamberId`'s programmes, which only its label decisions grant. */
export async function otherProgrammesLabels(
  db: Database,
  chamberId: ChamberId,
  labels: readonly MemberLabel[],
): Promise<MemberLabel[]> {
  if (labels.length === 0) return [];
  const codes = await programmeCodes(db, chamberId);
  return labels.filter((label) => !codes.has(label.code));
}

/** Whether `code` is the code of one of `chamberId`'s label schemes. */
export async function isProgrammeCode(db: Database, chamberId: ChamberId, code: string): Promise<boolean> {
  const [row] = await db
    .select({ id: labelSchemes.id })
    .from(labelSchemes)
    .where(and(eq(labelSchemes.chamberId, chamberId), eq(labelSchemes.code, code)));
  return row !== undefined;
}

/**
 * The members of `chamberId` holding the programme label `code` on `today`: the same rule as
 * `heldLabel` (a grant or reinstatement as the last decision, validity not ended), on the columns
 * the decision's transaction writes, through `label_applications_holders_idx`.
 */
export function holdersOf(chamberId: ChamberId, code: string, today: string): SQL {
  return sql`${members.id} in (${sql`select ${labelApplications.memberId} from ${labelApplications} where ${and(
    eq(labelApplications.chamberId, chamberId),
    eq(labelApplications.schemeCode, code),
    gte(labelApplications.validUntil, today),
    inArray(labelApplications.lastDecision, [...HOLDING]),
  )}`})`;
}

/**
 * `list` with the labels each member shows on `today`: its other programmes' labels, then the
 * labels its applications hold that day, in the order of the applications.
 */
export async function withHeldLabels(
  db: Database,
  chamberId: ChamberId,
  list: readonly Member[],
  today: string,
): Promise<Member[]> {
  if (list.length === 0) return [];
  const codes = await programmeCodes(db, chamberId);
  if (codes.size === 0) return [...list];
  const rows = await db
    .select({ application: labelApplications.data, scheme: labelSchemes.data })
    .from(labelApplications)
    .innerJoin(labelSchemes, eq(labelSchemes.id, labelApplications.schemeId))
    .where(
      and(
        eq(labelApplications.chamberId, chamberId),
        inArray(
          labelApplications.memberId,
          list.map((member) => member.id),
        ),
        inArray(labelApplications.lastDecision, [...HOLDING]),
        gte(labelApplications.validUntil, today),
      ),
    )
    .orderBy(asc(labelApplications.id));
  const held = new Map<string, MemberLabel[]>();
  for (const { application, scheme } of rows) {
    const label = heldLabel(scheme, application, today);
    if (label === undefined) continue;
    held.set(application.memberId, [...(held.get(application.memberId) ?? []), label]);
  }
  return list.map((member) => ({
    ...member,
    labels: [...member.labels.filter((label) => !codes.has(label.code)), ...(held.get(member.id) ?? [])],
  }));
}
