/** What went wrong with an amount of money, as a stable machine code (translated by @ghorfa/i18n). */
export const MONEY_ERROR_CODES = [
  "currency_mismatch",
  "unparseable",
  "ambiguous_separator",
  "too_many_decimals",
  "out_of_range",
  "invalid_ratios",
] as const;
export type MoneyErrorCode = (typeof MONEY_ERROR_CODES)[number];

/** Thrown by the money helpers; `code` is stable, `message` is English for developers. */
export class MoneyError extends Error {
  override readonly name = "MoneyError";
  readonly code: MoneyErrorCode;

  constructor(code: MoneyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
