// Search folding. This file imports nothing on purpose: `@ghorfa/i18n/fold` must stay a few hundred
// bytes, with no catalog and no message runtime, for the server's search and for browsers alike.

// Format characters (Cf) are invisible: bidi marks and isolates (LRM, RLM, ALM, FSI…PDI, embeddings),
// ZWNJ, ZWJ, zero-width space, word joiner, soft hyphen, BOM, tag characters. They come from
// copy-paste and from formatted output; a search must not depend on them.
const INVISIBLE = /\p{Cf}/gu;

// Tifinagh is kept as written: NFKD would turn the labialization mark ⵯ into ⵡ.
const NOT_TIFINAGH = /[^\u2d30-\u2d7f]+/g;

// Every combining mark (Latin accents, Arabic tashkeel and tanween U+064B–U+065F, the dagger alef
// U+0670, the hamza and madda that NFKD splits off أ إ آ ؤ ئ, Quranic marks). The Tifinagh
// consonant joiner U+2D7F never reaches it: Tifinagh runs are skipped.
const MARKS = /\p{M}/gu;

const LETTERS: Record<string, string> = {
  "\u0640": "", // tatweel: a stretched line, not a letter
  "\u0674": "", // high hamza, split off ٵ ٶ ٷ ٸ by NFKD, like the hamza of أ
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0672": "\u0627", // ٲ wavy hamza above → ا
  "\u0673": "\u0627", // ٳ wavy hamza below → ا
  "\u0649": "\u064a", // ى → ي
  "\u0629": "\u0647", // ة → ه
  "\u06cc": "\u064a", // Persian ی → ي
  "\u06a9": "\u0643", // Persian ک → ك
  œ: "oe",
  æ: "ae",
  ß: "ss",
  ø: "o",
  đ: "d",
  ł: "l",
  ı: "i",
  // French typography: "L’Oriental" is found by "l'oriental", "Souss‐Massa" by "souss-massa".
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u2010": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2212": "-",
};
const LETTER =
  /[\u0640\u0671-\u0674\u0649\u0629\u06cc\u06a9œæßøđłı\u2018\u2019\u02bc\u2010\u2012\u2013\u2212]/g;

// Arabic-Indic ٠–٩ (U+0660) and Persian ۰–۹ (U+06F0) digits → 0–9.
const DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * Folds text for search: Arabic without tashkeel, tatweel or hamza seats (أ إ آ ٱ → ا, ى → ي,
 * ة → ه, ؤ → و, ئ → ي), presentation forms (ﻻ, ﷲ) as the letters they show, Eastern Arabic and
 * Persian digits as 0–9, Latin without accents, case or ligatures (œ → oe, æ → ae, ß → ss, ﬁ → fi,
 * fullwidth → ASCII, İ and ı → i), typographic apostrophes and hyphens as ASCII ones, no invisible
 * format characters (bidi marks and isolates, ZWNJ, ZWJ), Tifinagh as is, whitespace collapsed.
 * `fold(fold(x)) === fold(x)`, and it never throws.
 *
 * The article "ال" is kept: stripping it would also cut words that begin with those letters (ألبان,
 * الماس), and `matches` looks for substrings, so "رباط" already finds "الرباط" (not the reverse).
 */
export function fold(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(NOT_TIFINAGH, (run) => run.normalize("NFKD").replace(MARKS, "").toLowerCase())
    .replace(LETTER, (letter) => LETTERS[letter] ?? letter)
    .replace(DIGIT, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Every word of the query occurs, folded, somewhere in the folded text (an empty query matches).
 * Words match as substrings: "رباط" finds "الرباط", "agadir" finds "d'Agadir".
 */
export function matches(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(" ")
    .every((word) => haystack.includes(word));
}
