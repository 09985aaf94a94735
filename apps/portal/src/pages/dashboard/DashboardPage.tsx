import {
  enumLabel,
  formatBasisPoints,
  formatDate,
  formatDateRange,
  formatList,
  formatMoney,
  type Locale,
  pickText,
} from "@ghorfa/i18n";
import type { Client } from "@ghorfa/sdk";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useSearchParams } from "wouter";
import { useClient } from "../../api/client";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { BarChart } from "../../components/charts/BarChart";
import type { ChartDatum } from "../../components/charts/ChartFrame";
import { type Segment, StackedBar } from "../../components/charts/StackedBar";
import { Field } from "../../components/forms";
import { QueryView } from "../../components/states";
import { DateText, Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";
import { currentMonth, formatCount, formatMonth, monthsUpTo, parseMonth } from "./format";
import { dashboard } from "./messages";

type Chamber = Awaited<ReturnType<Client["chambers"]["get"]>>;
type ChamberOverview = Awaited<ReturnType<ReturnType<Client["chamber"]>["reports"]["overview"]>>;

/** The mark the benchmark waits for: the month's figures are on screen. */
export const READY_MARK = "ghorfa:dashboard-ready";

/**
 * The chamber's dashboard for a month (the address's `?month=YYYY-MM`, else the month it is in
 * Morocco): three requests in all, the session, the chamber (its indicators) and the overview
 * report, whose aggregates the node counts, never every record fetched here.
 */
export default function DashboardPage() {
  const t = useMessages(dashboard);
  const ts = useMessages(shell);
  const { locale } = useLocale();
  const { account } = useSignedIn();
  const client = useClient();
  const chamberClient = useChamber();
  const [params, setParams] = useSearchParams();
  const thisMonth = currentMonth();
  const month = parseMonth(params.get("month")) ?? thisMonth;
  const chamber = useQuery({
    queryKey: ["chamber", account.chamberId],
    queryFn: () => client.chambers.get(account.chamberId),
  });
  const overview = useQuery({
    queryKey: ["reports", "overview", account.chamberId, month],
    queryFn: () => chamberClient.reports.overview({ month }),
    placeholderData: keepPreviousData,
  });
  const months = monthsUpTo(thisMonth, 36);
  // A month from the address outside the list (a link kept from long ago) is offered too.
  if (!months.includes(month)) months.push(month);
  months.sort().reverse();
  const picker = (
    <Field label={t("month")} pointer="month">
      {(props) => (
        <select
          {...props}
          value={month}
          data-testid="month-picker"
          onChange={(event) => setParams({ month: event.target.value }, { replace: true })}
        >
          {months.map((value) => (
            <option key={value} value={value}>
              {formatMonth(value, locale)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <>
      <PageHeader
        title={ts("nav.dashboard")}
        sub={chamber.data ? pickText(chamber.data.names, locale)?.text : undefined}
        actions={picker}
      />
      {/* While another month loads, the previous one stays on screen, marked busy. */}
      <div aria-busy={overview.isPlaceholderData}>
        <QueryView query={overview}>
          {(data) => (
            <QueryView query={chamber}>{(room) => <Figures overview={data} chamber={room} />}</QueryView>
          )}
        </QueryView>
      </div>
    </>
  );
}

function useFormats() {
  const { locale } = useLocale();
  return {
    locale,
    money: (value: { amount: number; currency: string }) => formatMoney(value, locale),
    count: (value: number) => formatCount(value, locale),
    rate: (value: number | null) => (value === null ? "—" : formatBasisPoints(value, locale)),
  };
}

const summaryOf = (locale: Locale, rows: readonly ChartDatum[], labels: (key: string) => string) =>
  formatList(
    locale,
    rows.map((row) => `${labels(row.key)} ${row.display}`),
  );

function Figures({ overview, chamber }: { overview: ChamberOverview; chamber: Chamber }) {
  const t = useMessages(dashboard);
  const f = useFormats();
  const { locale } = f;
  useEffect(() => {
    performance.mark(READY_MARK);
  }, []);
  const { rent, arrears, units, members, agreements } = overview;
  const outstanding = {
    amount: Math.max(0, rent.due.amount - rent.collected.amount),
    currency: rent.due.currency,
  };
  const rentSegments: Segment[] = [
    {
      key: "collected",
      label: t("rentCollected"),
      value: rent.collected.amount,
      display: f.money(rent.collected),
      tone: "ok",
    },
    {
      key: "outstanding",
      label: t("rentOutstanding"),
      value: outstanding.amount,
      display: f.money(outstanding),
      tone: "warn",
    },
  ];
  const ages: ChartDatum[] = arrears.byAge.map((entry) => ({
    key: entry.age,
    label: enumLabel(locale, "ArrearsAge", entry.age),
    value: entry.amount.amount,
    display: f.money(entry.amount),
  }));
  const unitSegments: Segment[] = [
    {
      key: "occupied",
      label: t("unitsOccupied"),
      value: units.occupied,
      display: f.count(units.occupied),
      tone: "brand",
    },
    {
      key: "vacant",
      label: t("unitsVacant"),
      value: units.vacant,
      display: f.count(units.vacant),
      tone: "empty",
    },
  ];
  const sections: ChartDatum[] = members.bySection.map((entry) => ({
    key: entry.section,
    label: enumLabel(locale, "Section", entry.section),
    value: entry.count,
    display: f.count(entry.count),
  }));
  const cities: ChartDatum[] = members.byCity.map((entry) => ({
    key: entry.city,
    label: <Isolate>{entry.city}</Isolate>,
    value: entry.count,
    display: f.count(entry.count),
  }));
  const statuses: ChartDatum[] = agreements.byStatus.map((entry) => ({
    key: entry.status,
    label: enumLabel(locale, "AgreementStatus", entry.status),
    value: entry.count,
    display: f.count(entry.count),
  }));
  const domains: ChartDatum[] = agreements.byDomain
    .filter((entry) => entry.count > 0)
    .map((entry) => ({
      key: entry.domain,
      label: enumLabel(locale, "AgreementDomain", entry.domain),
      value: entry.count,
      display: f.count(entry.count),
    }));
  const membersTotal: ChartDatum = {
    key: "total",
    label: t("membersTotal"),
    value: members.total,
    display: f.count(members.total),
  };
  const agreementsTotal: ChartDatum = {
    key: "total",
    label: t("total"),
    value: agreements.total,
    display: f.count(agreements.total),
  };
  const label = (rows: readonly ChartDatum[]) => (key: string) => {
    const row = rows.find((r) => r.key === key);
    return typeof row?.label === "string" ? row.label : key;
  };
  return (
    <div className="dashboard" data-testid="dashboard" data-month={overview.month}>
      <p className="muted">{t("monthFigures", { month: formatMonth(overview.month, locale) })}</p>
      <dl className="kpis">
        <div className="kpi">
          <dt>{t("rentDue")}</dt>
          <dd data-testid="rent-due">
            <bdi>{f.money(rent.due)}</bdi>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t("rentCollected")}</dt>
          <dd data-testid="rent-collected">
            <bdi>{f.money(rent.collected)}</bdi>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t("collectionRate")}</dt>
          <dd data-testid="collection-rate">
            <bdi>{f.rate(rent.collectionRate)}</bdi>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t("arrears")}</dt>
          <dd data-testid="arrears-total">
            <bdi>{f.money(arrears.total)}</bdi>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t("occupancyRate")}</dt>
          <dd data-testid="occupancy-rate">
            <bdi>{f.rate(units.occupancyRate)}</bdi>
          </dd>
        </div>
      </dl>
      <div className="chart-grid">
        <StackedBar
          testId="chart-rent"
          title={t("rentTitle")}
          summary={
            rent.due.amount === 0
              ? t("noRentDue")
              : t("rentSummary", {
                  collected: f.money(rent.collected),
                  due: f.money(rent.due),
                  rate: f.rate(rent.collectionRate),
                })
          }
          segments={rentSegments}
          total={rent.due.amount}
          columns={{ label: t("status"), value: t("amount") }}
          foot={{ key: "due", label: t("rentDue"), value: rent.due.amount, display: f.money(rent.due) }}
        />
        <BarChart
          testId="chart-arrears"
          title={t("arrearsTitle")}
          extra={
            <p className="muted">
              {t("arrearsTotal", { date: formatDate(overview.asOf, locale) })}{" "}
              <bdi>{f.money(arrears.total)}</bdi>
            </p>
          }
          summary={t("arrearsSummary", { list: summaryOf(locale, ages, label(ages)) })}
          rows={ages}
          columns={{ label: t("age"), value: t("amount") }}
          foot={{
            key: "total",
            label: t("total"),
            value: arrears.total.amount,
            display: f.money(arrears.total),
          }}
        />
        <StackedBar
          testId="chart-units"
          title={t("unitsTitle")}
          summary={t("unitsSummary", {
            occupied: f.count(units.occupied),
            total: f.count(units.total),
            rate: f.rate(units.occupancyRate),
          })}
          segments={unitSegments}
          total={units.total}
          columns={{ label: t("units"), value: t("units") }}
          foot={{ key: "total", label: t("total"), value: units.total, display: f.count(units.total) }}
        />
        <BarChart
          testId="chart-sections"
          title={t("membersBySection")}
          summary={t("membersSummary", { list: summaryOf(locale, sections, label(sections)) })}
          rows={sections}
          columns={{ label: t("section"), value: t("members") }}
          foot={membersTotal}
        />
        <BarChart
          testId="chart-cities"
          title={t("membersByCity")}
          summary={t("membersSummary", {
            list: formatList(
              locale,
              members.byCity.map((entry) => `${entry.city} ${f.count(entry.count)}`),
            ),
          })}
          rows={cities}
          columns={{ label: t("city"), value: t("members") }}
          foot={membersTotal}
        />
        <BarChart
          testId="chart-agreement-status"
          title={t("agreementsByStatus")}
          summary={t("agreementsSummary", { list: summaryOf(locale, statuses, label(statuses)) })}
          rows={statuses}
          columns={{ label: t("status"), value: t("agreements") }}
          foot={agreementsTotal}
        />
        <BarChart
          testId="chart-agreement-domain"
          title={t("agreementsByDomain")}
          summary={t("agreementsSummary", { list: summaryOf(locale, domains, label(domains)) })}
          rows={domains}
          columns={{ label: t("domain"), value: t("agreements") }}
        />
      </div>
      <Indicators chamber={chamber} />
    </div>
  );
}

/** What the chamber reports of itself: its clean-energy share and its certifications' renewals. */
function Indicators({ chamber }: { chamber: Chamber }) {
  const t = useMessages(dashboard);
  const f = useFormats();
  const { locale } = f;
  const clean = chamber.indicators
    .filter((indicator) => indicator.kind === "clean_energy_share")
    .sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
  return (
    <section className="indicators" aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t("indicatorsTitle")}</h2>
      <div className="chart-grid">
        {clean ? (
          <StackedBar
            testId="chart-clean-energy"
            level={3}
            title={t("cleanEnergy")}
            summary={t("cleanEnergySummary", { share: f.rate(clean.value) })}
            extra={
              <p className="kpi-line">
                <bdi className="kpi-value" data-testid="clean-energy-share">
                  {f.rate(clean.value)}
                </bdi>{" "}
                <span className="muted">
                  {clean.from ? (
                    formatDateRange(clean.from, clean.asOf, locale)
                  ) : (
                    <DateText value={clean.asOf} />
                  )}
                </span>
              </p>
            }
            segments={[
              {
                key: "clean",
                label: t("cleanEnergy"),
                value: clean.value,
                display: f.rate(clean.value),
                tone: "ok",
              },
              {
                key: "other",
                label: t("cleanEnergyOther"),
                value: 10_000 - clean.value,
                display: f.rate(10_000 - clean.value),
                tone: "empty",
              },
            ]}
            total={10_000}
            columns={{ label: t("source"), value: t("share") }}
          />
        ) : (
          <section className="card">
            <h3>{t("cleanEnergy")}</h3>
            <p className="muted">{t("noIndicator")}</p>
          </section>
        )}
        {chamber.certifications.map((certification) => (
          <section
            className="card"
            key={certification.standard}
            data-testid="certification"
            aria-labelledby={`cert-${certification.standard}`}
          >
            <h3 id={`cert-${certification.standard}`}>
              {t("isoRenewals", { standard: certification.standard })}
            </h3>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("year")}</th>
                    <th scope="col">{t("validUntil")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...certification.renewals].reverse().map((renewal) => (
                    <tr key={renewal.year}>
                      <th scope="row">
                        <bdi>{renewal.year}</bdi>
                      </th>
                      <td>{renewal.validUntil ? <DateText value={renewal.validUntil} /> : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </div>
    </section>
  );
}
