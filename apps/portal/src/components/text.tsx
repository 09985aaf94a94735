import { formatDate, formatMoney, type MoneyAmount } from "@ghorfa/i18n";
import type { ReactNode } from "react";
import { useLocale } from "../i18n/locale";

/**
 * A value whose direction may differ from the text around it (an ICE, "ISO 9001", a French name
 * inside Arabic), isolated so that neither reorders the other.
 */
export function Isolate({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}

/** An amount in the reader's locale: digits, separators and currency as they write them. */
export function Money({ value }: { value: MoneyAmount }) {
  const { locale } = useLocale();
  return <bdi className="money">{formatMoney(value, locale)}</bdi>;
}

/** A calendar date (YYYY-MM-DD) in the reader's locale. */
export function DateText({ value }: { value: string }) {
  const { locale } = useLocale();
  return <time dateTime={value}>{formatDate(value, locale)}</time>;
}
