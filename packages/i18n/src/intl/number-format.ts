import type { Locale } from "../locale";
import { cached, joinParts, type Part } from "./support";
import { ZGH_NUMBERS } from "./zgh";

type Numeric = number | bigint | Intl.StringNumericLiteral;

/** What the formatters ask of a number format: Intl's, or this package's own for zgh. */
export interface NumberFormat {
  format(value: Numeric): string;
  formatToParts(value: Numeric): Part[];
}

const formats = new Map<string, NumberFormat>();

/** A number format for the locale, the same on every runtime for zgh. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): NumberFormat {
  return cached(formats, locale, options, (own) =>
    own ? new TamazightNumberFormat(options) : new Intl.NumberFormat(locale, options),
  );
}

/**
 * zgh numbers: the digits, their rounding and the currency symbol from Intl in World English
 * (exact for decimal strings and bigints), laid out with zgh's symbols and patterns: "1 234,5",
 * "5 %", "170 000,00 MAD", "€ 4,7K".
 */
class TamazightNumberFormat implements NumberFormat {
  readonly #en: Intl.NumberFormat;
  readonly #style: string;

  constructor(options: Intl.NumberFormatOptions) {
    // World English writes currencies with CLDR's root symbols (US$, JP¥, €), as zgh does.
    this.#en = new Intl.NumberFormat("en-001-u-nu-latn", options);
    this.#style = options.style ?? "decimal";
  }

  formatToParts(value: Numeric): Part[] {
    const sign: Part[] = [];
    const digits: Part[] = [];
    let symbol: string | undefined;
    for (const part of this.#en.formatToParts(value)) {
      if (part.type === "minusSign" || part.type === "plusSign") sign.push(part);
      else if (part.type === "group") digits.push({ type: "group", value: ZGH_NUMBERS.group });
      else if (part.type === "decimal") digits.push({ type: "decimal", value: ZGH_NUMBERS.decimal });
      else if (part.type === "compact")
        digits.push({ type: "compact", value: ZGH_NUMBERS.compact[part.value] ?? part.value });
      else if (part.type === "currency") symbol = part.value;
      // English's own layout (its spaces, its % sign) gives way to zgh's below.
      else if (part.type !== "literal" && part.type !== "percentSign") digits.push(part);
    }
    if (this.#style === "percent") {
      return [
        ...sign,
        ...digits,
        { type: "literal", value: ZGH_NUMBERS.percentSpace },
        { type: "percentSign", value: "%" },
      ];
    }
    if (symbol === undefined) return [...sign, ...digits];
    const currency = { type: "currency", value: symbol };
    const space = { type: "literal", value: "\u00a0" };
    // root's compact currency pattern, "¤ 0K"; below a thousand a compact amount has no magnitude
    // and takes the plain pattern.
    if (digits.some((part) => part.type === "compact")) return [...sign, currency, space, ...digits];
    // ICU's currency spacing: a no-break space between digits and a symbol that begins with a letter.
    return [...sign, ...digits, ...(/^[\p{S}\p{Z}]/u.test(symbol) ? [] : [space]), currency];
  }

  format(value: Numeric): string {
    return joinParts(this.formatToParts(value));
  }
}
