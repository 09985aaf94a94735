import {
  amountInWords,
  amountInWordsLocale,
  direction,
  enumLabel,
  formatDate,
  formatMoney,
  invoiceTotalInWords,
  type Locale,
  messageFrom,
  pickText,
} from "@ghorfa/i18n";
import type { Client } from "@ghorfa/sdk";
import { receipts } from "./messages";

/** A receipt as the node gives it (receipts.get), without the SDK's response metadata. */
export type ReceiptData = Omit<
  Awaited<ReturnType<ReturnType<Client["chamber"]>["receipts"]["get"]>>,
  "$response"
>;

/** The paper a receipt is printed on: A5 by default, as receipt books are; A4 on request. */
export type Paper = "a5" | "a4";

/** A month (`YYYY-MM`) as the reader writes it: "janvier 2026", "يناير 2026". */
function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/**
 * The printable receipt of a lease payment, from plain data only (no hook, no request): the
 * portal shows it, and a CLI rendering PDFs can render the same HTML with `renderToString`.
 * Every word is in `locale`; the amount is in figures and in words (@ghorfa/i18n), computed here
 * so that a renderer without a node writes the same words the node would.
 */
export function ReceiptDocument({
  receipt,
  locale,
  paper = "a5",
}: {
  receipt: ReceiptData;
  locale: Locale;
  paper?: Paper;
}) {
  const t = (key: keyof (typeof receipts)["en"], values?: Record<string, string>) =>
    messageFrom(receipts, locale, key, values);
  const { chamber, payment, unit, tenant } = receipt;
  const name = pickText(chamber.names, locale);
  // The language the amount is written out in: the locale's own, or the next one of its fallback
  // chain that has a number grammar (Arabic for zgh), marked so it runs in its own direction.
  const wordsLocale = amountInWordsLocale(locale);
  // The chamber's name in its other official language under the first, as its letterhead has it.
  const other = pickText(chamber.names, name?.locale === "ar-MA" ? "fr-MA" : "ar-MA");
  const period = payment.period;
  return (
    <article
      className="receipt-sheet"
      data-paper={paper}
      lang={locale}
      dir={direction(locale)}
      data-testid="receipt-document"
    >
      <header className="receipt-head">
        <h2 className="receipt-chamber" lang={name?.locale}>
          {name?.text}
        </h2>
        {other && other.text !== name?.text && (
          <p className="receipt-chamber-other" lang={other.locale} dir={direction(other.locale)}>
            {other.text}
          </p>
        )}
        <p className="receipt-title">{t("heading")}</p>
      </header>
      <dl className="receipt-facts">
        <div>
          <dt>{t("number")}</dt>
          <dd data-testid="receipt-number">
            <bdi>{payment.receiptNumber}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t("date")}</dt>
          <dd>
            <time dateTime={payment.paidOn}>{formatDate(payment.paidOn, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("receivedFrom")}</dt>
          <dd data-testid="receipt-payer">
            <bdi>{tenant.legalName}</bdi>
            {tenant.identifiers && (
              <>
                <br />
                <bdi>ICE {tenant.identifiers.ice}</bdi>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("forLease")}</dt>
          <dd>
            {t("unitLine", {
              unit: unit.code,
              building: pickText(unit.building.name, locale)?.text ?? unit.building.code,
            })}
          </dd>
        </div>
        <div>
          <dt>{t("forPayment")}</dt>
          <dd>{enumLabel(locale, "PaymentKind", payment.kind)}</dd>
        </div>
        {period && (
          <div>
            <dt>{t("period")}</dt>
            <dd>
              {period.from === period.to
                ? monthName(period.from, locale)
                : `${monthName(period.from, locale)} – ${monthName(period.to, locale)}`}
            </dd>
          </div>
        )}
        <div>
          <dt>{t("method")}</dt>
          <dd>
            {enumLabel(locale, "PaymentMethod", payment.method)}
            {payment.reference && (
              <>
                {" · "}
                <bdi>{payment.reference}</bdi>
              </>
            )}
          </dd>
        </div>
      </dl>
      <p className="receipt-amount">
        <span>{t("amount")}</span>{" "}
        <bdi className="money" data-testid="receipt-amount">
          {formatMoney(payment.amount, locale)}
        </bdi>
      </p>
      <p className="receipt-words" data-testid="receipt-words">
        <span className="receipt-words-label">{t("inWords")}</span>{" "}
        <span data-testid="receipt-words-text" lang={wordsLocale} dir={direction(wordsLocale)}>
          {amountInWords(payment.amount, locale)}
        </span>
      </p>
      <p className="receipt-closing" lang={wordsLocale} dir={direction(wordsLocale)}>
        {invoiceTotalInWords(payment.amount, locale, { document: "receipt" })}
      </p>
      <footer className="receipt-signature">{t("signature")}</footer>
    </article>
  );
}
