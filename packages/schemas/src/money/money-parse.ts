import { DEFAULT_CURRENCY, type Money, minorUnitDigits } from "./money";
import { MoneyError } from "./money-error";

// Marks written beside an amount, and the currency they mean. Latin marks match in any case,
// and any space inside a mark ("F\u202fCFA", as ICU writes it) matches any other.
const MARKS: ReadonlyArray<readonly [string, string]> = [
  ["د.م.", "MAD"],
  ["د.م", "MAD"],
  ["دراهم", "MAD"],
  ["درهم", "MAD"],
  ["ⴷⵔⵎ", "MAD"],
  ["dhs", "MAD"],
  ["dh", "MAD"],
  ["د.ت.", "TND"],
  ["د.ت", "TND"],
  ["f cfa", "XOF"],
  ["fcfa", "XOF"],
  ["€", "EUR"],
  ["us$", "USD"],
  ["$us", "USD"],
  ["$", "USD"],
  ["£", "GBP"],
];
// Every space character (Unicode Zs: normal, no-break U+00A0, narrow U+202F, thin U+2009…).
const SPACE = /\p{Zs}/u;
const SPACES_ALL = /\p{Zs}/gu;
// Swiss and Liechtenstein grouping: 1'234'567.89.
const APOSTROPHES = "'\u2019";
// Bidirectional controls that ICU puts around Arabic amounts ("\u200f1.234,50 د.م.\u200f", and
// "\u061c-" before a minus): invisible, meaningless for the value, and everywhere in pasted text.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ARABIC_DECIMAL = "\u066b";
const ARABIC_GROUP = "\u066c";
const SIGN = /^([-+\u2212])\p{Zs}*/u;

/** Western digits for Arabic-Indic (٠-٩) and Persian (۰-۹) ones, so pasted Arabic text parses. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const isGroupOnly = (s: string) => SPACE.test(s) || APOSTROPHES.includes(s) || s === ARABIC_GROUP;

function takeMark(text: string): { rest: string; currency?: string } {
  // Offsets carry over to `text`: a Zs character and a mark's letter, in either case, are each
  // one UTF-16 unit.
  const lower = text.toLowerCase().replace(SPACES_ALL, " ");
  for (const [mark, currency] of MARKS) {
    if (lower.endsWith(mark)) return { rest: text.slice(0, -mark.length).trim(), currency };
    if (lower.startsWith(mark)) return { rest: text.slice(mark.length).trim(), currency };
  }
  // After the marks, so that "DHS" is read as dirhams and not as an ISO code. Capitals only, as
  // ISO 4217 writes them: "12abc" is not 12 of a currency "ABC".
  const iso = /^([A-Z]{3})\p{Zs}*(.*)$|^(.*?)\p{Zs}*([A-Z]{3})$/su.exec(text);
  const code = iso?.[1] ?? iso?.[4];
  if (iso && code) return { rest: (iso[2] ?? iso[3] ?? "").trim(), currency: code };
  return { rest: text };
}

/** The sign and the rest of `text`, when it starts with one. */
function takeSign(text: string): { rest: string; sign?: string } {
  const match = SIGN.exec(text);
  return match ? { rest: text.slice(match[0].length), sign: match[1] } : { rest: text };
}

const fail = (text: string, why: string) =>
  new MoneyError("unparseable", `Cannot read "${text}" as money: ${why}`);

/** Which separator, if any, is the decimal mark; see the rules on `parseMoney`. */
function decimalMark(text: string, number: string, separators: string[]): string | undefined {
  if (separators.includes(ARABIC_DECIMAL)) return ARABIC_DECIMAL;
  const hasComma = separators.includes(",");
  const hasDot = separators.includes(".");
  if (hasComma && hasDot) return separators[separators.length - 1];
  const mark = hasComma ? "," : hasDot ? "." : undefined;
  if (mark === undefined || separators.filter((s) => s === mark).length > 1) return undefined;
  if (separators.some(isGroupOnly)) return mark;
  const [before = "", after = ""] = number.split(mark);
  // Digits grouped by thousands never start with 0: "0,500" can only be a decimal.
  if (after.length === 3 && before.length <= 3 && !before.startsWith("0")) {
    throw new MoneyError(
      "ambiguous_separator",
      `"${text}" could be a thousands separator or a decimal mark: write "1 234" or "1.234,00"`,
    );
  }
  return mark;
}

/**
 * Reads an amount as people write it in Morocco and abroad, into integer minor units. Rules:
 * - digits may be Western or Arabic-Indic; a sign (`-`, `−`, `+`) may lead, before or after a
 *   leading currency mark ("-MAD 12", "MAD -12"); the amount itself starts with a digit (",50"
 *   is refused: write "0,50");
 * - a currency mark may lead or trail: an ISO code in capitals (`MAD`, `EUR`), `DH`/`DHS`/
 *   `درهم`/`د.م.`/`ⴷⵔⵎ`, `€`, `$`/`US$`, `£`, `FCFA`/`F CFA`, `د.ت.`. With none, the currency is
 *   `currency`, else MAD. A mark that contradicts `currency` is a `currency_mismatch`;
 * - bidirectional controls (U+200E, U+200F, U+061C…, which ICU writes around Arabic amounts) are
 *   ignored, and leading and trailing spaces;
 * - spaces (any Unicode space: normal, no-break U+00A0, narrow no-break U+202F, thin U+2009…),
 *   apostrophes (`1'234.50`) and `٬` only group; `٫` is only a decimal mark;
 * - when both `,` and `.` appear, the last one is the decimal mark and the other groups
 *   ("1.234,50" and "1,234.50" are both 1234.50); a mark that appears twice groups ("1.234.567");
 * - a lone `,` or `.` is the decimal mark, except before exactly three digits with one to three
 *   digits ahead of it, the first not 0 ("1.234", "170,000"): that is `ambiguous_separator`, never
 *   a guess ("0,500" is a decimal: thousands are never written with a leading 0);
 * - groups are 1–3 digits then 3 digits each; one kind of group separator per amount;
 * - decimals beyond the currency's minor unit must be zeros (`too_many_decimals` otherwise);
 * - the amount must be a safe integer of minor units (`out_of_range` otherwise).
 * Anything else ("", "abc", "1e5", "Infinity", "12,") is `unparseable`.
 */
export function parseMoney(text: string, currency?: string): Money {
  // A number from a JavaScript caller would be read through its float: refuse it, never guess.
  if (typeof text !== "string") throw fail(String(text), "expected a string");
  const cleaned = westernDigits(text.replace(BIDI_CONTROLS, "").trim());
  // A sign may come before the currency mark ("-MAD 1,234.50", "-€12") or after it ("DH -12").
  const outer = takeSign(cleaned);
  const { rest: afterMark, currency: marked } = takeMark(outer.rest);
  const inner = outer.sign === undefined ? takeSign(afterMark) : { rest: afterMark };
  if (currency !== undefined && marked !== undefined && marked !== currency) {
    throw new MoneyError("currency_mismatch", `"${text}" is in ${marked}, expected ${currency}`);
  }
  const unit = currency ?? marked ?? DEFAULT_CURRENCY;
  const sign = outer.sign ?? inner.sign;
  const negative = sign === "-" || sign === "\u2212";
  const number = inner.rest;
  if (!/^\d+(?:[^\d]\d+)*$/u.test(number)) throw fail(text, "expected digits and single separators");
  const separators = number.replace(/\d/g, "").split("");
  if (separators.some((s) => !isGroupOnly(s) && !",.\u066b".includes(s))) {
    throw fail(text, "unexpected character");
  }
  const mark = decimalMark(text, number, separators);
  const cut = mark === undefined ? -1 : number.lastIndexOf(mark);
  const whole = cut < 0 ? number : number.slice(0, cut);
  const fraction = cut < 0 ? "" : number.slice(cut + 1);
  const groups = whole.split(/[^\d]/u);
  const groupSeparators = new Set(
    whole
      .replace(/\d/g, "")
      .split("")
      .map((s) => (SPACE.test(s) ? " " : APOSTROPHES.includes(s) ? "'" : s)),
  );
  if (groupSeparators.size > 1 || (mark !== undefined && groupSeparators.has(mark))) {
    throw fail(text, "mixed group separators");
  }
  if (groups.length > 1 && ((groups[0] ?? "").length > 3 || groups.slice(1).some((g) => g.length !== 3))) {
    throw fail(text, "digit groups must be of three");
  }
  const digits = minorUnitDigits(unit);
  if (/[1-9]/.test(fraction.slice(digits))) {
    throw new MoneyError("too_many_decimals", `"${text}" has more decimals than ${unit} has (${digits})`);
  }
  const minor =
    BigInt(groups.join("")) * 10n ** BigInt(digits) +
    BigInt(fraction.slice(0, digits).padEnd(digits, "0") || "0");
  const amount = Number(negative ? -minor : minor);
  if (!Number.isSafeInteger(amount)) throw new MoneyError("out_of_range", `"${text}" is too large`);
  return { amount: amount === 0 ? 0 : amount, currency: unit };
}
