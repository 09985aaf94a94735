export {
  type AmountInWordsOptions,
  amountInWords,
  amountInWordsLocale,
  type WordsLocale,
  type WordsMoney,
} from "./amount-in-words";
export type { ArabicHundredSpelling } from "./arabic";
export { isWordsCurrency, MAX_AMOUNT_IN_WORDS, WORDS_CURRENCIES, type WordsCurrency } from "./currencies";
export { AMOUNT_IN_WORDS_ERROR_CODES, AmountInWordsError, type AmountInWordsErrorCode } from "./errors";
export { type InvoiceTotalOptions, invoiceTotalInWords } from "./invoice-total";
