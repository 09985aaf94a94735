import { type Locale, pickText } from "@ghorfa/i18n";
import { useLocale } from "../i18n/locale";

/**
 * A text the chamber wrote in some of its languages (a service's name, a product), in the reader's
 * language or the nearest one it has; marked with that language and isolated, since a French
 * fallback inside an Arabic page runs the other way.
 */
export function LocalText({ value }: { value: Parameters<typeof pickText>[0] | undefined }) {
  const { locale } = useLocale();
  const picked = value ? pickText(value, locale) : undefined;
  if (!picked) return null;
  return <bdi lang={picked.locale}>{picked.text}</bdi>;
}

/** The text of `value` in `locale`, or the nearest language it has, as a plain string (titles). */
export function localText(value: Parameters<typeof pickText>[0], locale: Locale): string {
  return pickText(value, locale)?.text ?? "";
}

/** Today's date in Morocco (YYYY-MM-DD): the day the node counts in. */
export function todayInMorocco(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca" }).format(new Date());
}
