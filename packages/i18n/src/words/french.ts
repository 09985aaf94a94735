import { digitGroups, type WordsCurrency } from "./currencies";

const UNITS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
];
const TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

/** Nouns of each currency, singular and plural; `elides` when "de" becomes "d'" before it. */
const CURRENCY_NOUNS: Record<
  WordsCurrency,
  { unit: [string, string]; subunit: [string, string]; elides: boolean }
> = {
  MAD: { unit: ["dirham", "dirhams"], subunit: ["centime", "centimes"], elides: false },
  EUR: { unit: ["euro", "euros"], subunit: ["centime", "centimes"], elides: true },
  USD: { unit: ["dollar", "dollars"], subunit: ["cent", "cents"], elides: false },
};

/**
 * Traditional spelling hyphenates only inside 17–99 and writes "et" between spaces;
 * the 1990 rectifications hyphenate every numeral of a number, "et" included.
 */
interface Spelling {
  between: " " | "-";
  and: " et " | "-et-";
}

function belowTwenty(n: number): string {
  return n <= 16 ? (UNITS[n] ?? "") : `dix-${UNITS[n - 10]}`;
}

/** 1–99; `isFinal` when nothing but a noun follows, the only place "quatre-vingts" keeps its s. */
function belowHundred(n: number, isFinal: boolean, spelling: Spelling): string {
  if (n < 20) return belowTwenty(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens <= 6) {
    const base = TENS[tens] ?? "";
    if (units === 0) return base;
    return units === 1 ? `${base}${spelling.and}un` : `${base}-${UNITS[units]}`;
  }
  if (tens === 7) return units === 1 ? `soixante${spelling.and}onze` : `soixante-${belowTwenty(10 + units)}`;
  if (tens === 8 && units === 0) return isFinal ? "quatre-vingts" : "quatre-vingt";
  return tens === 8 ? `quatre-vingt-${UNITS[units]}` : `quatre-vingt-${belowTwenty(10 + units)}`;
}

/**
 * 1–999. `isFinal` is false before "mille", an invariable adjective that keeps "cent" and "vingt"
 * from taking an s ("deux cent mille"); it is true before a noun, "millions" included ("deux cents millions").
 */
function belowThousand(n: number, isFinal: boolean, spelling: Spelling): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (h > 1) words.push(UNITS[h] ?? "");
  if (h > 0) words.push(h > 1 && rest === 0 && isFinal ? "cents" : "cent");
  if (rest > 0) words.push(belowHundred(rest, isFinal, spelling));
  return words.join(spelling.between);
}

interface Segment {
  text: string;
  isNoun: boolean;
}

/** 1–999,999,999,999 as numerals; million and milliard are nouns, so never hyphenated to their count. */
function wholeNumber(whole: number, spelling: Spelling): string {
  const { milliards, millions, thousands, units } = digitGroups(whole);
  const segments: Segment[] = [];
  const numeral = (text: string) => segments.push({ text, isNoun: false });
  for (const [count, name] of [
    [milliards, "milliard"],
    [millions, "million"],
  ] as const) {
    if (count === 0) continue;
    numeral(belowThousand(count, true, spelling));
    segments.push({ text: count > 1 ? `${name}s` : name, isNoun: true });
  }
  if (thousands > 1) numeral(belowThousand(thousands, false, spelling));
  // "mille", never "un mille".
  if (thousands > 0) numeral("mille");
  if (units > 0) numeral(belowThousand(units, true, spelling));
  return segments
    .map((segment, index) => {
      const previous = segments[index - 1];
      if (previous === undefined) return segment.text;
      const glue = previous.isNoun || segment.isNoun ? " " : spelling.between;
      return `${glue}${segment.text}`;
    })
    .join("");
}

/** Dirhams and centimes in French words; traditional spelling unless `reform1990`. */
export function frenchAmountInWords(
  whole: number,
  fraction: number,
  currency: WordsCurrency,
  reform1990: boolean,
): string {
  const spelling: Spelling = reform1990 ? { between: "-", and: "-et-" } : { between: " ", and: " et " };
  const { unit, subunit, elides } = CURRENCY_NOUNS[currency];
  if (whole === 0 && fraction === 0) return `zéro ${unit[0]}`;
  const parts: string[] = [];
  if (whole > 0) {
    // A number ending on million or milliard is a noun phrase: "un million de dirhams".
    const endsOnNoun = whole >= 1_000_000 && whole % 1_000_000 === 0;
    const of = endsOnNoun ? (elides ? "d'" : "de ") : "";
    parts.push(`${wholeNumber(whole, spelling)} ${of}${whole === 1 ? unit[0] : unit[1]}`);
  }
  if (fraction > 0) {
    parts.push(`${belowThousand(fraction, true, spelling)} ${fraction === 1 ? subunit[0] : subunit[1]}`);
  }
  return parts.join(" et ");
}
