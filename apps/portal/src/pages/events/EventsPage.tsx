import { enumLabel, formatDateRange } from "@ghorfa/i18n";
import type { Event } from "@ghorfa/schemas";
import { useState } from "react";
import { Link } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { FilterSelect } from "../../components/filters";
import { LocalText, todayInMorocco } from "../../components/localized";
import { PagedTable, usePagedQuery } from "../../components/pagination";
import { useLocale, useMessages } from "../../i18n/locale";
import { events } from "./messages";

const SHOW = ["upcoming", "all"] as const;
type Show = (typeof SHOW)[number];

/**
 * The chamber's events. Staff see them all, upcoming first by default, past ones on request; a
 * member sees the upcoming public events, as anyone does.
 */
export default function EventsPage() {
  const t = useMessages(events);
  const { account } = useSignedIn();
  const chamber = useChamber();
  const member = account.role === "member";
  const [show, setShow] = useState<Show>("upcoming");
  const [today] = useState(todayInMorocco);
  const list = usePagedQuery({
    queryKey: ["events", member],
    filters: { ...(!member && show === "upcoming" && { endsFrom: today }) },
    fetchPage: ({ endsFrom, ...page }) =>
      member
        ? chamber.events.upcoming(page)
        : chamber.events.list({ ...page, ...(endsFrom && { endsFrom }) }),
  });
  return (
    <>
      <PageHeader title={t("title")} />
      {!member && (
        <div className="toolbar">
          <FilterSelect
            label={t("show")}
            pointer="/show"
            value={show}
            options={SHOW}
            optionLabel={(value) => t(value)}
            onChange={(value) => value && setShow(value)}
            testId="events-show"
          />
        </div>
      )}
      <PagedTable paged={list}>{(items) => <EventTable items={items} today={today} />}</PagedTable>
    </>
  );
}

function EventTable({ items, today }: { items: readonly Event[]; today: string }) {
  const t = useMessages(events);
  const { locale } = useLocale();
  return (
    <table className="table" data-testid="events">
      <thead>
        <tr>
          <th scope="col">{t("event")}</th>
          <th scope="col">{t("dates")}</th>
          <th scope="col">{t("venue")}</th>
          <th scope="col">{t("capacity")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((event) => (
          <tr key={event.id} data-id={event.id}>
            <th scope="row">
              <Link href={`/events/${event.id}`}>
                <LocalText value={event.names} />
              </Link>
            </th>
            <td>{formatDateRange(event.dates.start, event.dates.end, locale)}</td>
            <td>
              <LocalText value={event.venue.name} />, <LocalText value={event.venue.city} />
            </td>
            <td>{event.capacity.toLocaleString(locale)}</td>
            <td>
              <span className="badge">{enumLabel(locale, "EventStatus", event.status)}</span>
              {event.dates.end < today && <span className="badge muted">{t("past")}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
