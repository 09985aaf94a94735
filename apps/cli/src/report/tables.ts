import { formatDate, formatMoney, type Locale, messageFrom } from "@ghorfa/i18n";
import type { ArrearsReport, RentRoll } from "@ghorfa/schemas";
import { outputMessages } from "../messages/output";
import type { Table } from "../output/table";

type Key = keyof (typeof outputMessages)["en"];

function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The rent roll as a table (tenants by their legal name when `tenants` knows them): one line per lease, amounts formatted in the locale, the total last. */
export type TenantNames = ReadonlyMap<string, string>;

export function rentRollTable(roll: RentRoll, locale: Locale, tenants: TenantNames = new Map()): Table {
  const t = (key: Key, values?: Record<string, string>) => messageFrom(outputMessages, locale, key, values);
  const money = (amount: number) => formatMoney({ amount, currency: roll.currency }, locale);
  return {
    title: t("rentRollTitle", { month: monthName(roll.month, locale) }),
    columns: [t("building"), t("unit"), t("lease"), t("tenant"), t("monthlyRent"), t("due"), t("proRata")],
    numeric: [false, false, false, false, true, true, false],
    rows: roll.lines.map((line) => [
      line.buildingCode ?? "",
      line.unitCode ?? "",
      line.leaseId,
      tenants.get(line.tenantId) ?? line.tenantId,
      money(line.monthlyRent),
      money(line.due),
      line.isProRata ? t("yes") : t("no"),
    ]),
    footer: [t("total"), "", "", "", "", money(roll.total), ""],
  };
}

/** The arrears report as a table: most outstanding first, as the node sorts it, totals last. */
export function arrearsTable(report: ArrearsReport, locale: Locale, tenants: TenantNames = new Map()): Table {
  const t = (key: Key, values?: Record<string, string>) => messageFrom(outputMessages, locale, key, values);
  const money = (amount: number) => formatMoney({ amount, currency: report.currency }, locale);
  return {
    title: t("arrearsTitle", { date: formatDate(report.asOf, locale) }),
    columns: [
      t("lease"),
      t("tenant"),
      t("due"),
      t("paid"),
      t("outstanding"),
      t("oldestUnpaid"),
      t("daysOverdue"),
    ],
    numeric: [false, false, true, true, true, false, true],
    rows: report.leases.map((lease) => [
      lease.leaseId,
      tenants.get(lease.tenantId) ?? lease.tenantId,
      money(lease.due),
      money(lease.paid),
      money(lease.outstanding),
      lease.oldestUnpaidMonth ? monthName(lease.oldestUnpaidMonth, locale) : "",
      String(lease.daysOverdue),
    ]),
    footer: [
      t("total"),
      "",
      money(report.total.due),
      money(report.total.paid),
      money(report.total.outstanding),
      "",
      "",
    ],
  };
}
