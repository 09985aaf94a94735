import { DEFAULT_CURRENCY, type Money, minorUnitDigits } from "./money";
import { MoneyError } from "./money-error";

// Marks written beside an amount, and the currency they mean. Latin marks match in any case.
const MARKS: ReadonlyArray<readonly [string, string]> = [
  ["د.م.", "MAD"],
  ["د.م", "MAD"],
  ["دراهم", "MAD"],
  ["درهم", "MAD"],
  ["dhs", "MAD"],
  ["dh", "MAD"],
  ["f cfa", "XOF"],
  ["fcfa", "XOF"],
  ["€", "EUR"],
  ["$", "USD"],
  ["£", "GBP"],
];
const SPACES = new Set([" ", "\u00a0", "\u202f", "\u2009"]);
const ARABIC_DECIMAL = "\u066b";
const ARABIC_GROUP = "\u066c";

/** Western digits for Arabic-Indic (٠-٩) and Persian (۰-۹) ones, so pasted Arabic text parses. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

function takeMark(text: string): { rest: string; currency?: string } {
  const lower = text.toLowerCase();
  for (const [mark, currency] of MARKS) {
    if (lower.endsWith(mark)) return { rest: text.slice(0, -mark.length).trim(), currency };
    if (lower.startsWith(mark)) return { rest: text.slice(mark.length).trim(), currency };
  }
  // After the marks, so that "DHS" is read as dirhams and not as an ISO code.
  const iso = /^([A-Z]{3})\s*(.*)$|^(.*?)\s*([A-Z]{3})$/u.exec(text);
  if (iso) return { rest: (iso[2] ?? iso[3] ?? "").trim(), currency: iso[1] ?? iso[4] };
  return { rest: text };
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
  if (separators.some((s) => SPACES.has(s) || s === ARABIC_GROUP)) return mark;
  const [before = "", after = ""] = number.split(mark);
  if (after.length === 3 && before.length <= 3) {
    throw new MoneyError(
      "ambiguous_separator",
      `"${text}" could be a thousands separator or a decimal mark: write "1 234" or "1.234,00"`,
    );
  }
  return mark;
}

/**
 * Reads an amount as people write it in Morocco and abroad, into integer minor units. Rules:
 * - digits may be Western or Arabic-Indic; a sign (`-`, `−`, `+`) may lead;
 * - a currency mark may lead or trail: an ISO code (`MAD`, `EUR`), `DH`/`DHS`/`درهم`/`د.م.`, `€`,
 *   `$`, `£`, `FCFA`. With none, the currency is `currency`, else MAD. A mark that contradicts
 *   `currency` is a `currency_mismatch`;
 * - spaces (normal, no-break U+00A0, narrow no-break U+202F, thin U+2009) and `٬` only group;
 *   `٫` is only a decimal mark;
 * - when both `,` and `.` appear, the last one is the decimal mark and the other groups
 *   ("1.234,50" and "1,234.50" are both 1234.50); a mark that appears twice groups ("1.234.567");
 * - a lone `,` or `.` is the decimal mark, except before exactly three digits with at most three
 *   digits ahead of it ("1.234", "170,000"): that is `ambiguous_separator`, never a guess;
 * - groups are 1–3 digits then 3 digits each; one kind of group separator per amount;
 * - decimals beyond the currency's minor unit must be zeros (`too_many_decimals` otherwise).
 */
export function parseMoney(text: string, currency?: string): Money {
  const { rest, currency: marked } = takeMark(westernDigits(text.trim()));
  if (currency !== undefined && marked !== undefined && marked !== currency) {
    throw new MoneyError("currency_mismatch", `"${text}" is in ${marked}, expected ${currency}`);
  }
  const unit = currency ?? marked ?? DEFAULT_CURRENCY;
  const signed = /^([-+\u2212]?)\s*(.*)$/su.exec(rest);
  const negative = signed?.[1] === "-" || signed?.[1] === "\u2212";
  const number = signed?.[2] ?? "";
  if (!/^\d+(?:[^\d]\d+)*$/u.test(number)) throw fail(text, "expected digits and single separators");
  const separators = number.replace(/\d/g, "").split("");
  if (separators.some((s) => !SPACES.has(s) && !",.\u066b\u066c".includes(s))) {
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
      .map((s) => (SPACES.has(s) ? " " : s)),
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
