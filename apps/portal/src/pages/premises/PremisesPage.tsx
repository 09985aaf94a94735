import { enumLabel, fieldLabel, pickText } from "@ghorfa/i18n";
import { leaseEnd } from "@ghorfa/schemas";
import { Link } from "wouter";
import { useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { QueryView } from "../../components/states";
import { DateText, Isolate, Money } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { holdsOn, type LeaseData, moroccanToday, type UnitData, useLeases, useUnits } from "./data";
import { MemberName } from "./MemberName";
import { premises } from "./messages";

/** "m²" with two decimals at most, from square decimetres. */
function Area({ dm2 }: { dm2: number }) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  const m2 = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(dm2 / 100);
  return <>{t("area", { area: m2 })}</>;
}

function UnitsTable({ units, leases }: { units: readonly UnitData[]; leases: readonly LeaseData[] }) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  const today = moroccanToday();
  const holder = new Map(leases.filter((lease) => holdsOn(lease, today)).map((l) => [l.unitId, l]));
  const sorted = [...units].sort(
    (a, b) => a.building.code.localeCompare(b.building.code) || a.code.localeCompare(b.code),
  );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="units-table">
        <thead>
          <tr>
            <th scope="col">{fieldLabel(locale, ["building"])}</th>
            <th scope="col">{t("unit")}</th>
            <th scope="col">{fieldLabel(locale, ["kind"])}</th>
            <th scope="col" className="number">
              {fieldLabel(locale, ["floor"])}
            </th>
            <th scope="col" className="number">
              {fieldLabel(locale, ["areaDm2"])}
            </th>
            <th scope="col">{fieldLabel(locale, ["status"])}</th>
            <th scope="col">{t("occupiedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((unit) => {
            const lease = holder.get(unit.id);
            return (
              <tr key={unit.id} data-unit={unit.id}>
                <td>{pickText(unit.building.name, locale)?.text ?? unit.building.code}</td>
                <th scope="row">
                  <Isolate>{unit.code}</Isolate>
                </th>
                <td>{enumLabel(locale, "UnitKind", unit.kind)}</td>
                <td className="number">
                  <bdi>{new Intl.NumberFormat(locale).format(unit.floor)}</bdi>
                </td>
                <td className="number" data-testid="unit-area">
                  <Area dm2={unit.areaDm2} />
                </td>
                <td data-testid="unit-status">
                  {unit.status && enumLabel(locale, "UnitStatus", unit.status)}
                </td>
                <td data-testid="unit-occupant">
                  {lease ? (
                    <Link href={`/premises/leases/${lease.id}`}>
                      <MemberName id={lease.tenantId} />
                    </Link>
                  ) : (
                    <span className="muted">{t("vacant")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function LeasesTable({ leases, units }: { leases: readonly LeaseData[]; units: readonly UnitData[] }) {
  const t = useMessages(premises);
  const { locale } = useLocale();
  const unitOf = new Map(units.map((unit) => [unit.id, unit]));
  const sorted = [...leases].sort((a, b) => b.start.localeCompare(a.start));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="leases-table">
        <thead>
          <tr>
            <th scope="col">{t("unit")}</th>
            <th scope="col">{fieldLabel(locale, ["tenantId"])}</th>
            <th scope="col">{fieldLabel(locale, ["start"])}</th>
            <th scope="col">{fieldLabel(locale, ["end"])}</th>
            <th scope="col" className="number">
              {fieldLabel(locale, ["monthlyRent"])}
            </th>
            <th scope="col">{fieldLabel(locale, ["status"])}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((lease) => {
            const end = leaseEnd(lease);
            const unit = unitOf.get(lease.unitId);
            return (
              <tr key={lease.id} data-lease={lease.id}>
                <th scope="row">
                  <Link href={`/premises/leases/${lease.id}`}>
                    {unit ? <Isolate>{unit.code}</Isolate> : t("lease")}
                  </Link>
                </th>
                <td>
                  <MemberName id={lease.tenantId} />
                </td>
                <td>
                  <DateText value={lease.start} />
                </td>
                <td>
                  {end ? <DateText value={end} /> : <span className="muted">{t("untilFurtherNotice")}</span>}
                </td>
                <td className="number" data-testid="lease-rent">
                  <Money value={lease.monthlyRent} />
                </td>
                <td data-testid="lease-status">{enumLabel(locale, "LeaseStatus", lease.status)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default function PremisesPage() {
  const t = useMessages(premises);
  // A member reads its own leases; the chamber's units and their occupants are the staff's.
  const isStaff = useSignedIn().account.role !== "member";
  const units = useUnits(isStaff);
  const leases = useLeases();
  return (
    <>
      <PageHeader title={t("title")} />
      {isStaff && (
        <section aria-labelledby="units-heading">
          <h2 id="units-heading">{t("units")}</h2>
          <QueryView query={units} isEmpty={(list) => list.length === 0} empty={t("noUnits")}>
            {(list) => <UnitsTable units={list} leases={leases.data ?? []} />}
          </QueryView>
        </section>
      )}
      <section aria-labelledby="leases-heading">
        <h2 id="leases-heading">{t("leases")}</h2>
        <QueryView query={leases} isEmpty={(list) => list.length === 0} empty={t("noLeases")}>
          {(list) => <LeasesTable leases={list} units={units.data ?? []} />}
        </QueryView>
      </section>
    </>
  );
}
