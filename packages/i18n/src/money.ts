import type { MessageKey } from "./catalog";
import { numberFormat } from "./intl/number-format";
import { direction, type Locale } from "./locale";
import { tPlain } from "./translate";

/** An amount in minor units (centimes for MAD) and its ISO 4217 currency, MAD when omitted. */
export interface MoneyAmount {
  amount: number | bigint;
  currency?: string | undefined;
}

/**
 * - `icu`: as ICU writes it for the locale ("‏170.000,00 د.م.‏", "170.000,00 MAD");
 * - `document`: as Moroccan invoices and receipts write it ("170.000,00 درهم", "170 000,00 DH");
 * - `compact`: in words of magnitude ("900 مليار درهم", "4,7 millions de dirhams").
 */
export type MoneyStyle = "icu" | "document" | "compact";

export interface FormatMoneyOptions {
  style?: MoneyStyle | undefined;
}

export class MoneyFormatError extends Error {
  readonly code = "money_format";
  constructor(message: string) {
    super(message);
    this.name = "MoneyFormatError";
  }
}

// Documents group thousands with a no-break space in French and Tamazight (U+00A0, not ICU's
// narrow U+202F: the PDF standard fonts, WinAnsi-encoded, have the one and not the other), and
// with a dot in Arabic, as Moroccan documents do.
const DOCUMENT_GROUP: Record<Locale, string> = { "ar-MA": ".", "fr-MA": "\u00a0", en: ",", zgh: "\u00a0" };

const digitsCache = new Map<string, number>();

/** How many minor units digits a currency has: 2 for MAD and EUR, 0 for XOF. */
function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** The exact decimal string of an amount in minor units: 17000000n, 2 → "170000.00". No float. */
function toDecimal(minor: bigint, digits: number): string {
  const sign = minor < 0n ? "-" : "";
  const text = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, "0");
  const units = text.slice(0, text.length - digits);
  return digits === 0 ? `${sign}${units}` : `${sign}${units}.${text.slice(text.length - digits)}`;
}

function toMinor(amount: number | bigint): bigint {
  if (typeof amount === "bigint") return amount;
  if (!Number.isSafeInteger(amount)) {
    throw new MoneyFormatError(`Expected an integer amount of minor units (centimes), got ${amount}`);
  }
  return BigInt(amount);
}

/**
 * The sign of a negative amount, written before the whole amount ("-MAD 170,000.00", "-170 000,00 DH").
 * In Arabic it is preceded by a left-to-right mark, as ICU does: without it, the bidi algorithm
 * shows the minus on the far side of the digits in a right-to-left line ("170.000,00-").
 */
function minusSign(locale: Locale): string {
  return direction(locale) === "rtl" ? "\u200e-" : "-";
}

function formatDocument(minor: bigint, digits: number, currency: string, locale: Locale): string {
  const parts = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .formatToParts(toDecimal(minor < 0n ? -minor : minor, digits) as Intl.StringNumericLiteral)
    .map((part) =>
      part.type === "group" ? DOCUMENT_GROUP[locale] : part.value.replace(/[\u200e\u200f\u061c]/g, ""),
    )
    .join("");
  const text =
    currency === "MAD" ? tPlain(locale, "money.document", { amount: parts }) : `${parts}\u00a0${currency}`;
  return minor < 0n ? `${minusSign(locale)}${text}` : text;
}

const MAGNITUDES = [
  { size: 1e9, key: "money.compact.billion" },
  { size: 1e6, key: "money.compact.million" },
  { size: 1e3, key: "money.compact.thousand" },
] as const;

/** Two significant digits below 100 (4,7 · 12), whole numbers above (170 · 900), as ICU's compact. */
function roundCompact(value: number): number {
  return value >= 100 ? Math.round(value) : Number(value.toPrecision(2));
}

/**
 * The magnitude word and count of a positive amount of units. Rounding may reach the next
 * magnitude: 999,600 dirhams is "1 million", not "1000 thousand".
 */
function compactParts(value: number): { key: MessageKey; n: number } {
  for (const [index, { size, key }] of MAGNITUDES.entries()) {
    if (value < size) continue;
    const n = roundCompact(value / size);
    const larger = MAGNITUDES[index - 1];
    if (n >= 1000 && larger !== undefined) return { key: larger.key, n: roundCompact(value / larger.size) };
    return { key, n };
  }
  return { key: "money.dirhams", n: Math.round(value * 100) / 100 };
}

function formatCompact(minor: bigint, digits: number, currency: string, locale: Locale): string {
  // A compact amount is rounded by design: a float is exact enough for two significant digits.
  const value = Number(minor) / 10 ** digits;
  if (currency !== "MAD") {
    return numberFormat(locale, { style: "currency", currency, notation: "compact" }).format(value);
  }
  // The words are chosen for the size of the amount ("ألفا درهم" for 2,000): the sign stays outside.
  const { key, n } = compactParts(Math.abs(value));
  const text = tPlain(locale, key, { n });
  return minor < 0n ? `${minusSign(locale)}${text}` : text;
}

/**
 * Formats money given in minor units (`{ amount: 17000000, currency: "MAD" }` is 170,000.00 MAD),
 * exactly: the amount reaches Intl as a decimal string, never as a float, so no centime is lost
 * however large the amount. `document` and `compact` need the locale's catalog to be loaded.
 */
export function formatMoney(money: MoneyAmount, locale: Locale, options: FormatMoneyOptions = {}): string {
  const currency = (money.currency ?? "MAD").toUpperCase();
  const digits = minorDigits(currency);
  const minor = toMinor(money.amount);
  const style = options.style ?? "icu";
  if (style === "compact") return formatCompact(minor, digits, currency, locale);
  if (style === "document") return formatDocument(minor, digits, currency, locale);
  return numberFormat(locale, { style: "currency", currency }).format(
    toDecimal(minor, digits) as Intl.StringNumericLiteral,
  );
}
