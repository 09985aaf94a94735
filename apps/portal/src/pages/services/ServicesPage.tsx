import { enumLabel, formatPercent } from "@ghorfa/i18n";
import type { MemberId, ServiceRequestStatus } from "@ghorfa/schemas";
import { SERVICE_REQUEST_STATUSES } from "@ghorfa/schemas/enum-values";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { StatusFilter } from "../../components/filters";
import { LocalText } from "../../components/localized";
import { PagedTable, usePagedQuery } from "../../components/pagination";
import { QueryView } from "../../components/states";
import { DateText, Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { FeeRuleText } from "./FeeRuleText";
import { services } from "./messages";
import { RequesterName, ServiceName, useCatalogue } from "./shared";

/** The chamber's services: the catalogue for everyone, the queue for staff, its own requests for a member. */
export default function ServicesPage() {
  const t = useMessages(services);
  const { account } = useSignedIn();
  const member = account.role === "member" ? account.memberId : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          member && (
            <Link href="/services/new" className="button button-primary">
              {t("newRequest")}
            </Link>
          )
        }
      />
      {member ? (
        <RequestList title={t("myRequests")} memberId={member} />
      ) : (
        <>
          <RequestList title={t("queue")} />
          <ServiceLevel />
        </>
      )}
      <Catalogue />
    </>
  );
}

/** Requests, newest pages first as the node orders them, filtered by status; a member's own only. */
function RequestList({ title, memberId }: { title: string; memberId?: MemberId }) {
  const t = useMessages(services);
  const { locale } = useLocale();
  const chamber = useChamber();
  const [status, setStatus] = useState<ServiceRequestStatus | "">("");
  const requests = usePagedQuery({
    queryKey: ["service-requests"],
    filters: { ...(status && { status }), ...(memberId && { memberId }) },
    fetchPage: (query) => chamber.serviceRequests.list(query),
  });
  return (
    <section aria-labelledby="requests-title" data-testid="service-requests">
      <h2 id="requests-title">{title}</h2>
      <StatusFilter
        entity="ServiceRequestStatus"
        options={SERVICE_REQUEST_STATUSES}
        value={status}
        onChange={setStatus}
        label={t("status")}
        all={t("allStatuses")}
        testId="status-filter"
      />
      <PagedTable paged={requests}>
        {(items) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("service")}</th>
                <th scope="col">{t("requester")}</th>
                <th scope="col">{t("submittedOn")}</th>
                <th scope="col">{t("dueOn")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((request) => (
                <tr key={request.id} data-id={request.id}>
                  <th scope="row">
                    <Link href={`/services/requests/${request.id}`}>
                      <ServiceName id={request.serviceId} />
                    </Link>
                  </th>
                  <td>
                    <RequesterName request={request} />
                  </td>
                  <td>
                    <DateText value={request.submittedOn} />
                  </td>
                  <td>
                    <DateText value={request.dueOn} />
                  </td>
                  <td>
                    <span className={`badge status-${request.status}`} data-status={request.status}>
                      {enumLabel(locale, "ServiceRequestStatus", request.status)}
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

/** The months from eleven months ago to this one, as YYYY-MM. */
function lastTwelveMonths(): { from: string; to: string } {
  const now = new Date();
  const month = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: month(from), to: month(now) };
}

/** The share of requests delivered by their due date, month by month (reports.serviceLevel). */
function ServiceLevel() {
  const t = useMessages(services);
  const { locale } = useLocale();
  const chamber = useChamber();
  const [range] = useState(lastTwelveMonths);
  const report = useQuery({
    queryKey: ["report-service-level", range],
    queryFn: () => chamber.reports.serviceLevel(range),
  });
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  return (
    <section aria-labelledby="service-level-title">
      <h2 id="service-level-title">{t("reportTitle")}</h2>
      <QueryView query={report}>
        {(data) => (
          <div className="table-wrap">
            <table className="table" data-testid="service-level">
              <thead>
                <tr>
                  <th scope="col">{t("month")}</th>
                  <th scope="col">{t("delivered")}</th>
                  <th scope="col">{t("onTime")}</th>
                  <th scope="col">{t("onTimeShare")}</th>
                </tr>
              </thead>
              <tbody>
                {data.months.map((line) => (
                  <tr key={line.month}>
                    <th scope="row">{monthName(line.month)}</th>
                    <td>{line.delivered.toLocaleString(locale)}</td>
                    <td>{line.onTime.toLocaleString(locale)}</td>
                    <td>
                      {line.onTimeShare === null ? t("noShare") : formatPercent(line.onTimeShare, locale)}
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

/** The services the chamber offers: what each costs and how long it takes. */
function Catalogue() {
  const t = useMessages(services);
  const { locale } = useLocale();
  const catalogue = useCatalogue();
  return (
    <section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t("catalogue")}</h2>
      <QueryView query={catalogue} isEmpty={(page) => page.items.length === 0}>
        {(page) => (
          <div className="table-wrap">
            <table className="table" data-testid="catalogue">
              <thead>
                <tr>
                  <th scope="col">{t("service")}</th>
                  <th scope="col">{t("code")}</th>
                  <th scope="col">{t("category")}</th>
                  <th scope="col">{t("fee")}</th>
                  <th scope="col">{t("serviceLevel")}</th>
                  <th scope="col">{t("channel")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((service) => (
                  <tr key={service.id}>
                    <th scope="row">
                      <LocalText value={service.names} />
                      {!service.active && <span className="badge muted">{t("inactive")}</span>}
                    </th>
                    <td>
                      <Isolate>{service.code}</Isolate>
                    </td>
                    <td>{enumLabel(locale, "ServiceCategory", service.category)}</td>
                    <td>
                      <FeeRuleText rule={service.fee} />
                    </td>
                    <td>{t("days", { days: service.serviceLevelDays })}</td>
                    <td>{enumLabel(locale, "ServiceChannel", service.channel)}</td>
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
