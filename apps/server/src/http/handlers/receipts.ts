import { amountInWords, amountInWordsLocale } from "@ghorfa/i18n";
import { receipts, reports } from "../../services";
import type { Handler } from "../handler";

export const receiptsGet: Handler<"receipts.get"> = async ({ db, input, locale }) => {
  const stored = await receipts.get(db, input.params);
  // Tamazight has no number grammar yet: its readers get the Arabic words, and Content-Language says so.
  const wordsLocale = amountInWordsLocale(locale);
  return {
    body: { ...stored, amountInWords: amountInWords(stored.payment.amount, wordsLocale) },
    contentLanguage: wordsLocale,
  };
};

export const rentRoll: Handler<"reports.rentRoll"> = async ({ db, input }) => ({
  body: await reports.rentRoll(db, { chamberId: input.params.chamberId, ...input.query }),
});

export const arrears: Handler<"reports.arrears"> = async ({ db, input }) => ({
  body: await reports.arrears(db, { chamberId: input.params.chamberId, ...input.query }),
});
