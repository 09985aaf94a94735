import { enumLabel, fieldLabel, pickText } from "@ghorfa/i18n";
import {
  allocateRentPayments,
  checkRentRevision,
  leaseEnd,
  MAX_MONEY_AMOUNT,
  rentSchedule,
  revisionCapPercent,
} from "@ghorfa/schemas";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { useCanWrite } from "../../api/writers";
import { PageHeader } from "../../app/Layout";
import { Empty, QueryView } from "../../components/states";
import { DateText, Isolate, Money } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { type LeaseData, moroccanToday, type PaymentData, usePayments } from "./data";
import { MemberName } from "./MemberName";
import { premises } from "./messages";
import { PaymentForm } from "./PaymentForm";

const monthOf = (date: string) => date.slice(0, 7);

/** A month (`YYYY-MM`) as the reader writes it: "janvier 2026", "يناير 2026". */
function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

function MonthText({ month }: { month: string }) {
  const { locale } = useLocale();
  return <time dateTime={month}>{monthName(month, locale)}</time>;
}

/**
 * The months of rent fallen due by `today` from `since` on, and what the rent payments paid of
 * each: the rules of the node's arrears report (@ghorfa/schemas), so both say the same.
 */
function rentMonths(lease: LeaseData, payments: readonly PaymentData[], today: string, since: string) {
  const rent = payments.filter((p) => p.kind === "rent" && p.paidOn <= today);
  const reach = rent.reduce(
    (last, p) => (p.period && p.period.to > last ? p.period.to : last),
    monthOf(today),
  );
  const schedule = rentSchedule(lease, reach);
  const paid = allocateRentPayments(schedule, rent);
  return schedule
    .map((m) => ({ ...m, dueOn: m.month === monthOf(lease.start) ? lease.start : `${m.month}-01` }))
    .filter((m) => m.dueOn <= today && m.month >= since)
    .map((m) => {
      const settled = Math.min(m.amount, paid.get(m.month) ?? 0);
      return { month: m.month, due: m.amount, paid: settled, outstanding: m.amount - settled };
    });
}

function Schedule({
  lease,
  payments,
  since,
}: {
  lease: LeaseData;
  payments: readonly PaymentData[];
  since: string;
}) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  const months = rentMonths(lease, payments, moroccanToday(), since).reverse();
  const currency = lease.monthlyRent.currency;
  const total = months.reduce(
    (sum, m) => ({
      due: sum.due + m.due,
      paid: sum.paid + m.paid,
      outstanding: sum.outstanding + m.outstanding,
    }),
    { due: 0, paid: 0, outstanding: 0 },
  );
  if (months.length === 0) return <Empty />;
  return (
    <>
      <p className="muted">{t("scheduleSince", { month: monthName(since, locale) })}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolled region is reached by keyboard */}
      <section className="table-wrap schedule-wrap" tabIndex={0} aria-labelledby="schedule-heading">
        <table className="table" data-testid="schedule-table">
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col" className="number">
                {t("due")}
              </th>
              <th scope="col" className="number">
                {t("paid")}
              </th>
              <th scope="col" className="number">
                {t("outstanding")}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month} data-month={m.month} className={m.outstanding > 0 ? "unpaid" : undefined}>
                <th scope="row">
                  <MonthText month={m.month} />
                </th>
                <td className="number">
                  <Money value={{ amount: m.due, currency }} />
                </td>
                <td className="number">
                  <Money value={{ amount: m.paid, currency }} />
                </td>
                <td className="number">
                  <Money value={{ amount: m.outstanding, currency }} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              <td className="number" data-testid="schedule-due">
                <Money value={{ amount: total.due, currency }} />
              </td>
              <td className="number" data-testid="schedule-paid">
                <Money value={{ amount: total.paid, currency }} />
              </td>
              <td className="number" data-testid="schedule-outstanding">
                <Money value={{ amount: total.outstanding, currency }} />
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
    </>
  );
}

/** loi 07-03: when the rent may next go up, and by how much at most. */
function Revision({ lease }: { lease: LeaseData }) {
  const t = useMessages(premises);
  const today = moroccanToday();
  const nudge = { amount: lease.monthlyRent.amount + 1, currency: lease.monthlyRent.currency };
  const early = checkRentRevision(lease, { effectiveFrom: today, monthlyRent: nudge });
  const earliest = early.lawful ? today : (early.earliestDate ?? today);
  const ceiling = checkRentRevision(lease, {
    effectiveFrom: earliest,
    monthlyRent: { amount: MAX_MONEY_AMOUNT, currency: lease.monthlyRent.currency },
  });
  const maxRent = ceiling.lawful ? undefined : ceiling.maxRent;
  const last = lease.revisionClause?.lastRevisionOn;
  return (
    <section aria-labelledby="revision-heading" className="card">
      <h2 id="revision-heading">{t("revision")}</h2>
      <p className="muted">{t("revisionRule", { percent: revisionCapPercent(lease.use) })}</p>
      <dl className="fact-cards">
        <div>
          <dt>{t("lastRevision")}</dt>
          <dd>{last ? <DateText value={last} /> : t("neverRevised")}</dd>
        </div>
        <div>
          <dt>{t("nextRevision")}</dt>
          <dd data-testid="next-revision">
            <DateText value={earliest} />
          </dd>
        </div>
        {maxRent && (
          <div>
            <dt>{t("maxRent")}</dt>
            <dd data-testid="max-rent">
              <Money value={maxRent} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function Terms({ lease }: { lease: LeaseData }) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  const end = leaseEnd(lease);
  const clause = lease.revisionClause?.text && pickText(lease.revisionClause.text, locale);
  return (
    <section aria-labelledby="terms-heading" className="card">
      <h2 id="terms-heading">{t("terms")}</h2>
      <dl className="fact-cards">
        <div>
          <dt>{fieldLabel(locale, ["tenantId"])}</dt>
          <dd>
            <MemberName id={lease.tenantId} />
          </dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["status"])}</dt>
          <dd data-testid="lease-status">{enumLabel(locale, "LeaseStatus", lease.status)}</dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["start"])}</dt>
          <dd>
            <DateText value={lease.start} />
          </dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["end"])}</dt>
          <dd>{end ? <DateText value={end} /> : t("untilFurtherNotice")}</dd>
        </div>
        {lease.termMonths !== undefined && (
          <div>
            <dt>{fieldLabel(locale, ["termMonths"])}</dt>
            <dd>{t("months", { count: lease.termMonths })}</dd>
          </div>
        )}
        <div>
          <dt>{fieldLabel(locale, ["monthlyRent"])}</dt>
          <dd data-testid="lease-rent">
            <Money value={lease.monthlyRent} />
          </dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["entryFee"])}</dt>
          <dd data-testid="lease-entry-fee">{lease.entryFee ? <Money value={lease.entryFee} /> : "—"}</dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["deposit"])}</dt>
          <dd data-testid="lease-deposit">
            <Money value={lease.deposit} />
          </dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["legalRegime"])}</dt>
          <dd>{enumLabel(locale, "LegalRegime", lease.legalRegime)}</dd>
        </div>
        <div>
          <dt>{fieldLabel(locale, ["use"])}</dt>
          <dd>{enumLabel(locale, "PremisesUse", lease.use)}</dd>
        </div>
      </dl>
      {clause && (
        <p lang={clause.locale} className="muted">
          {clause.text}
        </p>
      )}
    </section>
  );
}

function PaymentsTable({ payments }: { payments: readonly PaymentData[] }) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  if (payments.length === 0) return <Empty>{t("noPayments")}</Empty>;
  const sorted = [...payments].sort(
    (a, b) => b.paidOn.localeCompare(a.paidOn) || b.receiptNumber.localeCompare(a.receiptNumber),
  );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="payments-table">
        <thead>
          <tr>
            <th scope="col">{t("receipt")}</th>
            <th scope="col">{fieldLabel(locale, ["paidOn"])}</th>
            <th scope="col">{fieldLabel(locale, ["kind"])}</th>
            <th scope="col">{fieldLabel(locale, ["period"])}</th>
            <th scope="col">{fieldLabel(locale, ["method"])}</th>
            <th scope="col" className="number">
              {fieldLabel(locale, ["amount"])}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((payment) => (
            <tr key={payment.id} data-receipt={payment.receiptNumber}>
              <th scope="row">
                <Link href={`/receipts/${payment.receiptNumber}`}>
                  <Isolate>{payment.receiptNumber}</Isolate>
                </Link>
              </th>
              <td>
                <DateText value={payment.paidOn} />
              </td>
              <td>{enumLabel(locale, "PaymentKind", payment.kind)}</td>
              <td>
                {payment.period &&
                  (payment.period.from === payment.period.to ? (
                    <MonthText month={payment.period.from} />
                  ) : (
                    <>
                      <MonthText month={payment.period.from} /> – <MonthText month={payment.period.to} />
                    </>
                  ))}
              </td>
              <td>{enumLabel(locale, "PaymentMethod", payment.method)}</td>
              <td className="number">
                <Money value={payment.amount} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A lease: its terms, its rent month by month, its revision dates, its payments and receipts. */
export default function LeasePage() {
  const t = useMessages(premises);
  const { leaseId = "" } = useParams<{ leaseId: string }>();
  const { account } = useSignedIn();
  const chamber = useChamber();
  const isStaff = account.role !== "member";
  const canRecordPayments = useCanWrite("leases");
  const lease = useQuery({ queryKey: ["lease", leaseId], queryFn: () => chamber.leases.get(leaseId) });
  const unitId = lease.data?.unitId;
  const unit = useQuery({
    queryKey: ["unit", unitId],
    queryFn: () => chamber.units.get(unitId as NonNullable<typeof unitId>),
    // A member reads its own lease, not the chamber's units: its page goes without the unit's code.
    enabled: unitId !== undefined && isStaff,
  });
  const payments = usePayments(leaseId);
  // Where the chamber's books of payments start (its arrears report says): months before it were
  // paid before the node kept the payments, and are not shown as owed. A member reads no report.
  const arrears = useQuery({
    queryKey: ["arrears"],
    queryFn: () => chamber.reports.arrears(),
    enabled: isStaff,
  });
  const title = unit.data ? t("openLease", { unit: unit.data.code }) : t("lease");
  return (
    <>
      <PageHeader title={title} sub={<Link href="/premises">{t("title")}</Link>} />
      <QueryView query={lease}>
        {(data) => (
          <div className="lease-page">
            <Terms lease={data} />
            <Revision lease={data} />
            <section aria-labelledby="schedule-heading">
              <h2 id="schedule-heading">{t("schedule")}</h2>
              {isStaff && arrears.isPending ? null : (
                <QueryView query={payments}>
                  {(list) => (
                    <Schedule
                      lease={data}
                      payments={list}
                      since={arrears.data?.since ?? monthOf(data.start)}
                    />
                  )}
                </QueryView>
              )}
            </section>
            <section aria-labelledby="payments-heading">
              <h2 id="payments-heading">{t("payments")}</h2>
              <QueryView query={payments}>{(list) => <PaymentsTable payments={list} />}</QueryView>
            </section>
            {canRecordPayments && <PaymentForm lease={data} />}
          </div>
        )}
      </QueryView>
    </>
  );
}
