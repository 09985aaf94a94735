import { enumLabel, pickText, regionName } from "@ghorfa/i18n";
import type { AgreementParty, AgreementStatus, CommitmentStatus } from "@ghorfa/schemas";
import { useLocale, useMessages } from "../../i18n/locale";
import { agreements } from "./messages";

/**
 * A text the chamber wrote in several languages, in the reader's (or the nearest the record has),
 * isolated and tagged with the language it is actually in: a French title inside an Arabic page
 * keeps its own order and is read out in French.
 */
export function LocalText({ text }: { text: Parameters<typeof pickText>[0] }) {
  const { locale } = useLocale();
  const picked = pickText(text, locale);
  if (!picked) return null;
  return <bdi lang={picked.locale}>{picked.text}</bdi>;
}

/**
 * A party by the name the reader knows it by: a federation chamber by its region, in the reader's
 * language (the node may not hold its name in every language); any other by the name recorded.
 */
export function PartyName({ party }: { party: AgreementParty }) {
  const { locale } = useLocale();
  const t = useMessages(agreements);
  if (party.chamberId !== undefined)
    return <>{t("partyChamber", { region: regionName(locale, party.chamberId) })}</>;
  return <LocalText text={party.name} />;
}

/** The same name as a string, for a sentence (its formatter isolates it). */
export function usePartyName() {
  const { locale } = useLocale();
  const t = useMessages(agreements);
  return (party: AgreementParty): string =>
    party.chamberId !== undefined
      ? t("partyChamber", { region: regionName(locale, party.chamberId) })
      : (pickText(party.name, locale)?.text ?? "");
}

/** A status as a badge whose colour says where the record stands; the word says it for everyone. */
export function StatusBadge({
  entity,
  status,
}:
  | { entity: "AgreementStatus"; status: AgreementStatus }
  | { entity: "CommitmentStatus"; status: CommitmentStatus }) {
  const { locale } = useLocale();
  const label =
    entity === "AgreementStatus"
      ? enumLabel(locale, "AgreementStatus", status as AgreementStatus)
      : enumLabel(locale, "CommitmentStatus", status as CommitmentStatus);
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {label}
    </span>
  );
}

/** A country's name in the reader's language (Intl knows them all); its code if Intl does not. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
