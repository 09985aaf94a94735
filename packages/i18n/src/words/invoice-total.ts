import type { Locale } from "../locale";
import {
  type AmountInWordsOptions,
  amountInWords,
  amountInWordsLocale,
  type WordsLocale,
  type WordsMoney,
} from "./amount-in-words";

export interface InvoiceTotalOptions extends AmountInWordsOptions {
  /** The document being closed: an invoice (default) or a receipt. */
  document?: "invoice" | "receipt";
}

// "de" elides before "un" ("d'un million de dirhams"), and only there among the numerals: "de onze",
// "de huit" keep it (onze and huit behave as if they began with a consonant).
const of = (words: string) => (/^un[ -]/.test(words) ? `d'${words}` : `de ${words}`);

// The customary closing formulas of Moroccan invoices and receipts (common practice, not law: CGI art. 145-III
// asks for no total in words). "Arrêtée" agrees with "facture", "Arrêté" with "reçu".
const CLOSINGS: Record<WordsLocale, Record<"invoice" | "receipt", (words: string) => string>> = {
  "ar-MA": {
    invoice: (words) => `حصرت هذه الفاتورة في مبلغ ${words}.`,
    receipt: (words) => `حصر هذا الوصل في مبلغ ${words}.`,
  },
  "fr-MA": {
    invoice: (words) => `Arrêtée la présente facture à la somme ${of(words)}.`,
    receipt: (words) => `Arrêté le présent reçu à la somme ${of(words)}.`,
  },
  en: {
    invoice: (words) => `This invoice is closed at the sum of ${words}.`,
    receipt: (words) => `This receipt is closed at the sum of ${words}.`,
  },
};

/**
 * The closing sentence of an invoice or receipt, its total in words:
 * "Arrêtée la présente facture à la somme de cent soixante-dix mille dirhams."
 * `zgh` gets the Arabic sentence, like `amountInWords`.
 */
export function invoiceTotalInWords(
  money: WordsMoney,
  locale: Locale,
  options: InvoiceTotalOptions = {},
): string {
  const words = amountInWords(money, locale, options);
  return CLOSINGS[amountInWordsLocale(locale)][options.document ?? "invoice"](words);
}
