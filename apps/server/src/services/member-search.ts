import { fold } from "@ghorfa/i18n/fold";
import type { Member } from "@ghorfa/schemas";
import { and, type SQL, sql } from "drizzle-orm";
import { members } from "../db/schema";

/**
 * What `q` searches in a member, folded once on write: names, trade name, activity in every
 * language, city and ICE. The query is folded the same way, so `أكادير` finds `اكادير` and
 * `societe` finds `Société`.
 */
export function searchTextOf(member: Member): string {
  const { legalName, tradeName, activity, address, identifiers } = member;
  return fold(
    [legalName, tradeName, activity.ar, activity.fr, activity.en, activity.zgh, address.city, identifiers.ice]
      .filter((part) => part !== undefined)
      .join(" "),
  );
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Every word of `q` occurs in the member's search text (the rule of `matches` in @ghorfa/i18n).
 * `like '%word%'` on a column with a GIN trigram index is an index lookup for words of three
 * characters or more; shorter words are checked on the rows the longer ones found.
 */
export function searchCondition(q: string): SQL | undefined {
  const words = fold(q)
    .split(" ")
    .filter((word) => word !== "");
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`${members.searchText} like ${`%${escapeLike(word)}%`}`));
}
