import { enumLabel, formatDateRange, formatDateTime } from "@ghorfa/i18n";
import { type Event, EventId, type Registration, type RegistrationStatus } from "@ghorfa/schemas";
import { REGISTRATION_STATUSES } from "@ghorfa/schemas/enum-values";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { useCanWrite } from "../../api/writers";
import { PageHeader } from "../../app/Layout";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { StatusFilter } from "../../components/filters";
import { Field, nodeFieldErrors } from "../../components/forms";
import { LocalText, localText } from "../../components/localized";
import { PagedTable, usePagedQuery } from "../../components/pagination";
import { WithRecordId } from "../../components/record-id";
import { ErrorState, QueryView } from "../../components/states";
import { Isolate, Money } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";
import { FeeRuleText } from "../services/FeeRuleText";
import { events } from "./messages";

/** The version of the consent text the registration form shows (`consent` in messages.ts). */
const CONSENT_VERSION = "ccis-connect-2026-12";

/** One event: its programme; its registrations for staff; registering oneself for a member. */
export default function EventPage() {
  const params = useParams<{ eventId: string }>();
  return (
    <WithRecordId value={params.eventId} schema={EventId}>
      {(id) => <EventView id={id} />}
    </WithRecordId>
  );
}

function EventView({ id }: { id: EventId }) {
  const t = useMessages(events);
  const ts = useMessages(shell);
  const { locale } = useLocale();
  const { account } = useSignedIn();
  const chamber = useChamber();
  const member = account.role === "member";
  const event = useQuery({
    queryKey: ["event", id, { member }],
    queryFn: async () => {
      if (!member) return chamber.events.get(id);
      // A member reads events as anyone does: among the upcoming public ones, the only ones it may
      // register to. Not among them is "not found", as the node would say.
      let cursor: string | undefined;
      do {
        const page = await chamber.events.upcoming({ limit: 100, ...(cursor && { cursor }) });
        const found = page.items.find((item) => item.id === id);
        if (found) return found;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return null;
    },
  });
  return (
    <>
      <PageHeader
        title={event.data ? localText(event.data.names, locale) : t("event")}
        actions={
          <Link href="/events" className="button">
            {t("back")}
          </Link>
        }
      />
      <QueryView query={event}>
        {(data) =>
          data === null ? (
            <p>{ts("notFoundBody")}</p>
          ) : (
            <>
              <EventDetails event={data} />
              {member ? <SelfRegistration event={data} /> : <Registrations event={data} />}
            </>
          )
        }
      </QueryView>
    </>
  );
}

function EventDetails({ event }: { event: Event }) {
  const t = useMessages(events);
  const { locale } = useLocale();
  return (
    <section className="card" aria-labelledby="event-details">
      <h2 id="event-details">{t("details")}</h2>
      {event.description && (
        <p>
          <LocalText value={event.description} />
        </p>
      )}
      <dl className="facts">
        <dt>{t("dates")}</dt>
        <dd>{formatDateRange(event.dates.start, event.dates.end, locale)}</dd>
        <dt>{t("venue")}</dt>
        <dd>
          <LocalText value={event.venue.name} />, <LocalText value={event.venue.city} />
        </dd>
        <dt>{t("status")}</dt>
        <dd>{enumLabel(locale, "EventStatus", event.status)}</dd>
        <dt>{t("capacity")}</dt>
        <dd>{event.capacity.toLocaleString(locale)}</dd>
        <dt>{t("audience")}</dt>
        <dd>{enumLabel(locale, "EventAudience", event.audience)}</dd>
        <dt>{t("fee")}</dt>
        <dd>
          <FeeRuleText rule={event.fee} />
        </dd>
        <dt>{t("registrationWindow")}</dt>
        <dd>
          {t("window", {
            opens: formatDateTime(event.registration.opens, locale),
            closes: formatDateTime(event.registration.closes, locale),
          })}
        </dd>
      </dl>
      {event.sessions.length > 0 && (
        <>
          <h3>{t("programme")}</h3>
          <ul>
            {event.sessions.map((session) => (
              <li key={session.id}>
                <time dateTime={session.start}>{formatDateTime(session.start, locale)}</time> —{" "}
                <LocalText value={session.title} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The event's registrations, by status, each confirmed one ready to be checked in. */
function Registrations({ event }: { event: Event }) {
  const t = useMessages(events);
  const { locale } = useLocale();
  const chamber = useChamber();
  const queries = useQueryClient();
  const canWrite = useCanWrite("events");
  const [status, setStatus] = useState<RegistrationStatus | "">("");
  const list = usePagedQuery({
    queryKey: ["registrations", event.id],
    filters: { ...(status && { status }) },
    fetchPage: (query) => chamber.registrations.list(event.id, query),
  });
  const checkIn = useMutation({
    mutationFn: (registration: Registration) => chamber.registrations.checkIn(event.id, registration.id),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["registrations", event.id] }),
  });
  return (
    <section aria-labelledby="registrations-title">
      <h2 id="registrations-title">{t("registrations")}</h2>
      <StatusFilter
        entity="RegistrationStatus"
        options={REGISTRATION_STATUSES}
        value={status}
        onChange={setStatus}
        label={t("status")}
        all={t("allStatuses")}
      />
      {checkIn.isSuccess && (
        <p role="status" className="success" data-testid="checked-in">
          {t("checkedIn", { name: checkIn.data.participant.person.name })}
        </p>
      )}
      {checkIn.isError && <ErrorState error={checkIn.error} />}
      <PagedTable paged={list}>
        {(items) => (
          <table className="table" data-testid="registrations">
            <thead>
              <tr>
                <th scope="col">{t("participant")}</th>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("fee")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((registration) => {
                const person = registration.participant.person;
                return (
                  <tr key={registration.id} data-id={registration.id}>
                    <th scope="row">
                      <Isolate>{person.name}</Isolate>
                    </th>
                    <td>{person.organisation && <Isolate>{person.organisation}</Isolate>}</td>
                    <td>{enumLabel(locale, "ParticipantKind", registration.participant.kind)}</td>
                    <td>
                      <Money value={registration.fee} />
                    </td>
                    <td>
                      <span className="badge" data-status={registration.status}>
                        {enumLabel(locale, "RegistrationStatus", registration.status)}
                      </span>{" "}
                      {canWrite && registration.status === "confirmed" && (
                        <ConfirmDialog
                          trigger={
                            <button type="button" className="button" disabled={checkIn.isPending}>
                              {t("checkIn")}
                            </button>
                          }
                          title={t("checkInTitle", { name: person.name })}
                          description={t("checkInBody")}
                          confirm={t("checkIn")}
                          cancel={t("cancel")}
                          onConfirm={() => checkIn.mutate(registration)}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </PagedTable>
    </section>
  );
}

/** A member registers itself to a public event (the self-registration route, as anyone would). */
function SelfRegistration({ event }: { event: Event }) {
  const t = useMessages(events);
  const { locale } = useLocale();
  const { account } = useSignedIn();
  const chamber = useChamber();
  const [consent, setConsent] = useState(false);
  const register = useMutation({
    mutationFn: (form: FormData) => {
      const text = (name: string) => String(form.get(name) ?? "").trim();
      return chamber.registrations.selfRegister(event.id, {
        person: {
          name: text("name"),
          email: text("email"),
          ...(text("phone") !== "" && { phone: text("phone") }),
          ...(text("organisation") !== "" && { organisation: text("organisation") }),
        },
        consent: { given: consent, textVersion: CONSENT_VERSION },
      });
    },
  });
  const errors = nodeFieldErrors(register.error);
  const personError = (field: string) => errors?.[`/person/${field}`];
  const fieldErrors = errors && {
    "/name": personError("name") ?? "",
    "/email": personError("email") ?? "",
    "/phone": personError("phone") ?? "",
    "/consent": errors["/consent/given"] ?? "",
  };
  const shown = fieldErrors && Object.fromEntries(Object.entries(fieldErrors).filter(([, v]) => v !== ""));
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    register.mutate(new FormData(e.currentTarget));
  };
  if (register.isSuccess)
    return (
      <p role="status" className="card success" data-testid="registered">
        {t("registered", { status: enumLabel(locale, "RegistrationStatus", register.data.status) })}
      </p>
    );
  return (
    <section className="card" aria-labelledby="register-title">
      <h2 id="register-title">{t("registerTitle")}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t("name")} pointer="/name" errors={shown}>
          {(props) => <input {...props} name="name" defaultValue={account.displayName} autoComplete="name" />}
        </Field>
        <Field label={t("email")} pointer="/email" errors={shown}>
          {(props) => (
            <input
              {...props}
              name="email"
              type="email"
              dir="ltr"
              defaultValue={account.email}
              autoComplete="email"
            />
          )}
        </Field>
        <Field label={t("phone")} pointer="/phone" errors={shown}>
          {(props) => <input {...props} name="phone" type="tel" dir="ltr" autoComplete="tel" />}
        </Field>
        <Field label={t("organisation")} pointer="/organisation" errors={shown}>
          {(props) => <input {...props} name="organisation" autoComplete="organization" />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          {t("consent")}
        </label>
        {shown?.["/consent"] && <p className="field-error">{shown["/consent"]}</p>}
        {register.isError && !errors && <ErrorState error={register.error} />}
        <button type="submit" className="button button-primary" disabled={register.isPending}>
          {register.isPending ? t("submitting") : t("register")}
        </button>
      </form>
    </section>
  );
}
