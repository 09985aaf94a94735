import { fold } from "@ghorfa/i18n/fold";
import { type Member, type MemberPublic, toMemberPublic } from "@ghorfa/schemas";
import { and, type SQL, sql } from "drizzle-orm";
import { members } from "../db/schema";

/** Which view of a member a search looks in: the public one searches only what the public sees. */
export type SearchView = "full" | "public";

function textOf(member: MemberPublic & { identifiers?: Member["identifiers"] }): string {
  const { legalName, tradeName, activity, address, identifiers } = member;
  return fold(
    [
      legalName,
      tradeName,
      activity.ar,
      activity.fr,
      activity.en,
      activity.zgh,
      address.city,
      identifiers?.ice,
    ]
      .filter((part) => part !== undefined)
      .join(" "),
  );
}

/**
 * What `q` searches in a member, folded once on write: names, trade name, activity in every
 * language, city, and, in the full view only, the ICE. The public text is made from the public
 * view itself (`toMemberPublic`), so no field the public cannot read is ever searchable by it.
 * The query is folded the same way, so `أكادير` finds `اكادير` and `societe` finds `Société`.
 */
export function searchTextOf(member: Member): Record<SearchView, string> {
  return { full: textOf(member), public: textOf(toMemberPublic(member)) };
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Every word of `q` occurs in the member's search text (the rule of `matches` in @ghorfa/i18n).
 * `like '%word%'` on a column with a GIN trigram index is an index lookup for words of three
 * characters or more; shorter words are checked on the rows the longer ones found.
 */
export function searchCondition(q: string, view: SearchView = "full"): SQL | undefined {
  const words = fold(q)
    .split(" ")
    .filter((word) => word !== "");
  if (words.length === 0) return undefined;
  const column = view === "public" ? members.publicSearchText : members.searchText;
  return and(...words.map((word) => sql`${column} like ${`%${escapeLike(word)}%`}`));
}
