import { enumLabel, fieldLabel, pickText } from "@ghorfa/i18n";
import type { AgreementDomain, AgreementKind, AgreementStatus } from "@ghorfa/schemas";
import { AGREEMENT_DOMAINS, AGREEMENT_KINDS, AGREEMENT_STATUSES } from "@ghorfa/schemas/enum-values";
import { useState } from "react";
import { Link } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { FilterSelect } from "../../components/filters";
import { PagedTable, usePagedQuery } from "../../components/pagination";
import { DateText } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { LocalText, PartyName, StatusBadge } from "./agreement-text";
import { agreements } from "./messages";

type Filters = {
  status?: AgreementStatus | undefined;
  domain?: AgreementDomain | undefined;
  kind?: AgreementKind | undefined;
};

/** The chamber's agreements, filtered as the node's list allows, a page at a time. */
export default function AgreementsPage() {
  const t = useMessages(agreements);
  const { locale } = useLocale();
  const { account } = useSignedIn();
  const chamber = useChamber();
  const [filters, setFilters] = useState<Filters>({});
  const list = usePagedQuery({
    queryKey: ["agreements", account.chamberId],
    filters,
    fetchPage: (query) => chamber.agreements.list(query),
    keepPrevious: true,
  });

  const select = <K extends keyof Filters>(
    key: K,
    options: readonly NonNullable<Filters[K]>[],
    label: (v: NonNullable<Filters[K]>) => string,
  ) => (
    <FilterSelect
      label={fieldLabel(locale, [key === "domain" ? "domains" : key])}
      pointer={`/${key}`}
      value={filters[key] ?? ""}
      options={options}
      optionLabel={label}
      all={t("all")}
      onChange={(value) => setFilters((current) => ({ ...current, [key]: value || undefined }))}
    />
  );

  return (
    <>
      <PageHeader title={t("title")} sub={t("intro")} />
      <search className="toolbar" aria-label={t("filters")}>
        {select("status", AGREEMENT_STATUSES, (v) => enumLabel(locale, "AgreementStatus", v))}
        {select("kind", AGREEMENT_KINDS, (v) => enumLabel(locale, "AgreementKind", v))}
        {select("domain", AGREEMENT_DOMAINS, (v) => enumLabel(locale, "AgreementDomain", v))}
      </search>
      <PagedTable paged={list} empty={t("empty")}>
        {(items) => (
          <table className="table" data-testid="agreements">
            <thead>
              <tr>
                <th scope="col">{fieldLabel(locale, ["reference"])}</th>
                <th scope="col">{fieldLabel(locale, ["title"])}</th>
                <th scope="col">{fieldLabel(locale, ["parties"])}</th>
                <th scope="col">{fieldLabel(locale, ["status"])}</th>
                <th scope="col">{fieldLabel(locale, ["signature"])}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((agreement) => (
                <tr key={agreement.id} data-id={agreement.id}>
                  <td>
                    <bdi dir="ltr" className="reference">
                      {agreement.reference}
                    </bdi>
                  </td>
                  <th scope="row">
                    <Link href={`/agreements/${agreement.id}`}>
                      <LocalText text={agreement.title} />
                    </Link>
                    <span className="muted small agreement-kind">
                      {enumLabel(locale, "AgreementKind", agreement.kind)}
                    </span>
                  </th>
                  <td>
                    <ul className="plain-list">
                      {agreement.parties.map((party, i) => (
                        // Parties have no id of their own; their place in the list is theirs.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above
                        <li key={i}>
                          <PartyName party={party} />
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <StatusBadge entity="AgreementStatus" status={agreement.status} />
                  </td>
                  <td>
                    {agreement.signature ? (
                      <>
                        <DateText value={agreement.signature.date} />
                        <br />
                        <span className="muted">
                          <bdi lang={pickText(agreement.signature.place, locale)?.locale}>
                            {pickText(agreement.signature.place, locale)?.text}
                          </bdi>
                        </span>
                      </>
                    ) : (
                      <span className="muted">{t("notSigned")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedTable>
    </>
  );
}
