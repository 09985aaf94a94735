import { digitGroups, type WordsCurrency } from "./currencies";

/**
 * "مائة" is the spelling of Moroccan administrative and banking texts, and the default;
 * "مئة" is the modern school spelling, on request. Either way the hundreds are one word: "ثلاثمائة".
 */
export type ArabicHundredSpelling = "مائة" | "مئة";

/** How a counted noun is written after each kind of number (citation case: nominative numbers). */
interface CountedForms {
  /** Exactly one: "درهم واحد"; a scale word stands alone: "ألف". */
  one: string;
  /** Exactly two: "درهمان"; a scale word right before the counted noun is in construct: "ألفا". */
  two: string;
  /** After 3–10, genitive plural: "دراهم". */
  plural: string;
  /** After 11–99, accusative singular: "درهمًا"; without tanween in construct: "أحد عشر ألف درهم". */
  accusative: string;
  /** After round hundreds and zero, genitive singular: "مائة درهم". */
  genitive: string;
  /** A scale word is repeated after hundreds, "مائة ألف وألف" (101,000), since "مائة وألف" reads as 1,100. */
  repeatsAfterHundreds: boolean;
}

function noun(one: string, two: string, plural: string, accusative: string, genitive: string): CountedForms {
  return { one, two, plural, accusative, genitive, repeatsAfterHundreds: false };
}

const CENTIME = /* @__PURE__ */ noun("سنتيم واحد", "سنتيمان", "سنتيمات", "سنتيمًا", "سنتيم");

// Euro is a loanword ending in a vowel: it takes no tanween, and press usage pluralises it as يوروهات.
const CURRENCY_NOUNS: Record<WordsCurrency, { unit: CountedForms; subunit: CountedForms }> = {
  MAD: { unit: noun("درهم واحد", "درهمان", "دراهم", "درهمًا", "درهم"), subunit: CENTIME },
  EUR: { unit: noun("يورو واحد", "يوروان", "يوروهات", "يورو", "يورو"), subunit: CENTIME },
  USD: {
    unit: noun("دولار واحد", "دولاران", "دولارات", "دولارًا", "دولار"),
    subunit: noun("سنت واحد", "سنتان", "سنتات", "سنتًا", "سنت"),
  },
};

interface ScaleWord {
  /** Right before the counted noun: construct dual, accusative without tanween. */
  beforeNoun: CountedForms;
  /** Followed by "و" and more of the number: full dual, accusative with tanween. */
  beforeMore: CountedForms;
}

function scale(one: string, dual: [string, string], plural: string, accusative: string): ScaleWord {
  const shared = { one, plural, genitive: one, repeatsAfterHundreds: true };
  return {
    beforeNoun: { ...shared, two: dual[1], accusative: one },
    beforeMore: { ...shared, two: dual[0], accusative },
  };
}

const THOUSAND = /* @__PURE__ */ scale("ألف", ["ألفان", "ألفا"], "آلاف", "ألفًا");
const MILLION = /* @__PURE__ */ scale("مليون", ["مليونان", "مليونا"], "ملايين", "مليونًا");
const MILLIARD = /* @__PURE__ */ scale("مليار", ["ملياران", "مليارا"], "مليارات", "مليارًا");

// Masculine counted nouns (درهم، سنتيم، ألف…) take the feminine-looking forms 3–10: gender polarity.
const UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const HUNDRED_STEMS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
/** Two hundred: full dual, and construct dual before its counted noun. */
const TWO_HUNDRED: Record<ArabicHundredSpelling, [string, string]> = {
  مائة: ["مائتان", "مائتا"],
  مئة: ["مئتان", "مئتا"],
};

/** 1–99 as numerals, nominative, for a masculine counted noun. */
function belowHundred(n: number): string {
  if (n <= 10) return UNITS[n] ?? "";
  if (n === 11) return "أحد عشر";
  if (n === 12) return "اثنا عشر";
  if (n < 20) return `${UNITS[n - 10]} عشر`;
  const units = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? "";
  return units === 0 ? tens : `${UNITS[units]} و${tens}`;
}

/** 1–9 hundreds; `isConstruct` when the counted noun follows directly ("مائتا درهم", not "مائتان درهم"). */
function hundreds(h: number, isConstruct: boolean, spelling: ArabicHundredSpelling): string {
  if (h === 1) return spelling;
  if (h === 2) return TWO_HUNDRED[spelling][isConstruct ? 1 : 0];
  return `${HUNDRED_STEMS[h]}${spelling}`;
}

/** A count of 1–999 with its noun, the noun agreeing with the last part of the count. */
function counted(n: number, forms: CountedForms, spelling: ArabicHundredSpelling): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return `${hundreds(h, true, spelling)} ${forms.genitive}`;
  if (rest <= 2) {
    // One and two are said by the noun itself: "مائة ودرهم واحد", "ألفان ودرهمان".
    const head = forms.repeatsAfterHundreds
      ? `${hundreds(h, true, spelling)} ${forms.genitive}`
      : hundreds(h, false, spelling);
    return `${head} و${rest === 1 ? forms.one : forms.two}`;
  }
  const tail = `${belowHundred(rest)} ${rest <= 10 ? forms.plural : forms.accusative}`;
  return h === 0 ? tail : `${hundreds(h, false, spelling)} و${tail}`;
}

/** A whole count from 1 to 999,999,999,999 of a noun: "مائة وسبعون ألف درهم". */
function countedWhole(whole: number, forms: CountedForms, spelling: ArabicHundredSpelling): string {
  const { milliards, millions, thousands, units } = digitGroups(whole);
  const scales: [number, ScaleWord][] = [
    [milliards, MILLIARD],
    [millions, MILLION],
    [thousands, THOUSAND],
  ];
  const present = scales.filter(([count]) => count > 0);
  const parts = present.map(([count, word], index) => {
    const isLast = units === 0 && index === present.length - 1;
    return counted(count, isLast ? word.beforeNoun : word.beforeMore, spelling);
  });
  if (units > 0) return [...parts, counted(units, forms, spelling)].join(" و");
  // A round number ends on a scale word, and the noun follows it in construct: "ألف درهم".
  return `${parts.join(" و")} ${forms.genitive}`;
}

/** Dirhams and centimes in words, in Moroccan administrative Arabic. */
export function arabicAmountInWords(
  whole: number,
  fraction: number,
  currency: WordsCurrency,
  spelling: ArabicHundredSpelling,
): string {
  const { unit, subunit } = CURRENCY_NOUNS[currency];
  if (whole === 0 && fraction === 0) return `صفر ${unit.genitive}`;
  const parts: string[] = [];
  if (whole > 0) parts.push(countedWhole(whole, unit, spelling));
  if (fraction > 0) parts.push(counted(fraction, subunit, spelling));
  return parts.join(" و");
}
