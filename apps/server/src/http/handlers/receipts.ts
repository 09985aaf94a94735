import { amountInWords, amountInWordsLocale } from "@ghorfa/i18n";
import { receipts } from "../../services";
import type { Handler } from "../handler";

export const receiptsGet: Handler<"receipts.get"> = async ({ db, input, locale, member }) => {
  const stored = await receipts.get(db, { ...input.params, ownedBy: member });
  // Tamazight has no number grammar yet: its readers get the Arabic words, and Content-Language says so.
  const wordsLocale = amountInWordsLocale(locale);
  return {
    body: { ...stored, amountInWords: amountInWords(stored.payment.amount, wordsLocale) },
    contentLanguage: wordsLocale,
  };
};
