import { enumLabel, formatDateRange } from "@ghorfa/i18n";
import type { Event } from "@ghorfa/schemas";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { Field } from "../../components/forms";
import { LocalText, todayInMorocco } from "../../components/localized";
import { Pager, useCursorPages } from "../../components/pagination";
import { QueryView } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { events } from "./messages";

const PAGE_SIZE = 20;

type Show = "upcoming" | "all";

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
  const pages = useCursorPages(show);
  const list = useQuery({
    queryKey: ["events", { member, show, cursor: pages.cursor }],
    queryFn: () => {
      const page = { limit: PAGE_SIZE, ...(pages.cursor && { cursor: pages.cursor }) };
      if (member) return chamber.events.upcoming(page);
      return chamber.events.list({ ...page, ...(show === "upcoming" && { endsFrom: today }) });
    },
  });
  return (
    <>
      <PageHeader title={t("title")} />
      {!member && (
        <div className="toolbar">
          <Field label={t("show")} pointer="/show">
            {(props) => (
              <select
                {...props}
                value={show}
                onChange={(event) => setShow(event.target.value as Show)}
                data-testid="events-show"
              >
                <option value="upcoming">{t("upcoming")}</option>
                <option value="all">{t("all")}</option>
              </select>
            )}
          </Field>
        </div>
      )}
      <QueryView query={list} isEmpty={(page) => page.items.length === 0}>
        {(page) => (
          <>
            <EventTable items={page.items} today={today} />
            <Pager pages={pages} nextCursor={page.nextCursor} />
          </>
        )}
      </QueryView>
    </>
  );
}

function EventTable({ items, today }: { items: readonly Event[]; today: string }) {
  const t = useMessages(events);
  const { locale } = useLocale();
  return (
    <div className="table-wrap">
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
    </div>
  );
}
