/** Why an amount cannot be written in words; stable, for programs to branch on. */
export const AMOUNT_IN_WORDS_ERROR_CODES = [
  "not_an_integer",
  "negative",
  "out_of_range",
  "unsupported_currency",
] as const;
export type AmountInWordsErrorCode = (typeof AMOUNT_IN_WORDS_ERROR_CODES)[number];

/** Thrown by `amountInWords` and `invoiceTotalInWords` for an amount they refuse to write. */
export class AmountInWordsError extends Error {
  override readonly name = "AmountInWordsError";
  readonly code: AmountInWordsErrorCode;

  constructor(code: AmountInWordsErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
