import { digitGroups, type WordsCurrency } from "./currencies";

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

const CURRENCY_NOUNS: Record<WordsCurrency, { unit: [string, string]; subunit: [string, string] }> = {
  MAD: { unit: ["dirham", "dirhams"], subunit: ["centime", "centimes"] },
  EUR: { unit: ["euro", "euros"], subunit: ["cent", "cents"] },
  USD: { unit: ["dollar", "dollars"], subunit: ["cent", "cents"] },
};

function belowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? "";
  const units = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? "";
  return units === 0 ? tens : `${tens}-${ONES[units]}`;
}

/** 1–999, without "and" inside the number: "and" is kept for the cents. */
function belowThousand(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (h > 0) words.push(`${ONES[h]} hundred`);
  if (rest > 0) words.push(belowHundred(rest));
  return words.join(" ");
}

function wholeNumber(whole: number): string {
  const { milliards, millions, thousands, units } = digitGroups(whole);
  const words: string[] = [];
  for (const [count, name] of [
    [milliards, "billion"],
    [millions, "million"],
    [thousands, "thousand"],
  ] as const) {
    if (count > 0) words.push(`${belowThousand(count)} ${name}`);
  }
  if (units > 0) words.push(belowThousand(units));
  return words.join(" ");
}

/** Dirhams and centimes in English words, short scale (a billion is a thousand millions). */
export function englishAmountInWords(whole: number, fraction: number, currency: WordsCurrency): string {
  const { unit, subunit } = CURRENCY_NOUNS[currency];
  if (whole === 0 && fraction === 0) return `zero ${unit[1]}`;
  const parts: string[] = [];
  if (whole > 0) parts.push(`${wholeNumber(whole)} ${whole === 1 ? unit[0] : unit[1]}`);
  if (fraction > 0) parts.push(`${belowHundred(fraction)} ${fraction === 1 ? subunit[0] : subunit[1]}`);
  return parts.join(" and ");
}
