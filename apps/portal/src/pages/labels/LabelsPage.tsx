import { enumLabel } from "@ghorfa/i18n";
import type { LabelApplicationStatus } from "@ghorfa/schemas";
import { LABEL_APPLICATION_STATUSES } from "@ghorfa/schemas/enum-values";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useChamber } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { StatusFilter } from "../../components/filters";
import { LocalText } from "../../components/localized";
import { PagedTable, usePagedQuery } from "../../components/pagination";
import { QueryView } from "../../components/states";
import { Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { MemberName } from "../services/shared";
import { labels } from "./messages";

/** The chamber's label programme: its schemes and the applications, filtered by status. */
export default function LabelsPage() {
  const t = useMessages(labels);
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <Link href="/verify" className="button">
            {t("verifyTitle")}
          </Link>
        }
      />
      <Applications />
      <Schemes />
    </>
  );
}

/** Label schemes are few: the first page is all of them. */
export function useSchemes() {
  const chamber = useChamber();
  return useQuery({
    queryKey: ["label-schemes"],
    queryFn: () => chamber.labels.schemes.list({ limit: 100 }),
    staleTime: 5 * 60_000,
  });
}

function Schemes() {
  const t = useMessages(labels);
  const schemes = useSchemes();
  return (
    <section aria-labelledby="schemes-title">
      <h2 id="schemes-title">{t("schemes")}</h2>
      <QueryView query={schemes} isEmpty={(page) => page.items.length === 0}>
        {(page) => (
          <div className="table-wrap">
            <table className="table" data-testid="label-schemes">
              <thead>
                <tr>
                  <th scope="col">{t("scheme")}</th>
                  <th scope="col">{t("code")}</th>
                  <th scope="col">{t("criteria")}</th>
                  <th scope="col">{t("passMark")}</th>
                  <th scope="col">{t("validity")}</th>
                  <th scope="col">{t("series")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((scheme) => (
                  <tr key={scheme.id}>
                    <th scope="row">
                      <LocalText value={scheme.names} />
                    </th>
                    <td>
                      <Isolate>{scheme.code}</Isolate>
                    </td>
                    <td>
                      {scheme.criteria.map((criterion, i) => (
                        <span key={criterion.code}>
                          {i > 0 && " · "}
                          <LocalText value={criterion.name} />
                        </span>
                      ))}
                    </td>
                    <td>{scheme.passMark}</td>
                    <td>{t("months", { months: scheme.validityMonths })}</td>
                    <td>
                      <Isolate>{scheme.series}</Isolate>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </section>
  );
}

function Applications() {
  const t = useMessages(labels);
  const { locale } = useLocale();
  const chamber = useChamber();
  const [status, setStatus] = useState<LabelApplicationStatus | "">("");
  const applications = usePagedQuery({
    queryKey: ["label-applications"],
    filters: { ...(status && { status }) },
    fetchPage: (query) => chamber.labels.applications.list(query),
  });
  return (
    <section aria-labelledby="applications-title">
      <h2 id="applications-title">{t("applications")}</h2>
      <StatusFilter
        entity="LabelApplicationStatus"
        options={LABEL_APPLICATION_STATUSES}
        value={status}
        onChange={setStatus}
        label={t("status")}
        all={t("allStatuses")}
      />
      <PagedTable paged={applications}>
        {(items) => (
          <table className="table" data-testid="label-applications">
            <thead>
              <tr>
                <th scope="col">{t("product")}</th>
                <th scope="col">{t("category")}</th>
                <th scope="col">{t("holder")}</th>
                <th scope="col">{t("province")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((application) => (
                <tr key={application.id} data-id={application.id}>
                  <th scope="row">
                    <Link href={`/labels/applications/${application.id}`}>
                      <LocalText value={application.product} />
                    </Link>
                  </th>
                  <td>{enumLabel(locale, "ProductCategory", application.category)}</td>
                  <td>
                    <MemberName id={application.memberId} />
                  </td>
                  <td>
                    <Isolate>{application.province}</Isolate>
                  </td>
                  <td>
                    <span className="badge">
                      {enumLabel(locale, "LabelApplicationStatus", application.status)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedTable>
    </section>
  );
}
