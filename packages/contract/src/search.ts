import { textLine } from "@ghorfa/schemas";
import { own } from "./owned";

/** Free text for `q` filters; nodes match it folded (case, accents, Arabic letter variants). */
export const SearchText = own(
  // The text policy of every text field (@ghorfa/schemas text.ts): NUL, controls and unpaired
  // surrogates never reach the database's search, and "\u200b" is no search at all.
  textLine().max(200).describe("Text to look for, matched ignoring case, accents and Arabic letter variants"),
  "free-text search of list routes",
);
