import { enumLabel, formatDateTime } from "@ghorfa/i18n";
import {
  nextStatuses,
  REASONED_STATUSES,
  type ServiceRequest,
  ServiceRequestId,
  type ServiceRequestStatus,
} from "@ghorfa/schemas";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "wouter";
import { useChamber } from "../../api/session";
import { useCanWrite } from "../../api/writers";
import { PageHeader } from "../../app/Layout";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Field, nodeFieldErrors } from "../../components/forms";
import { localText } from "../../components/localized";
import { WithRecordId } from "../../components/record-id";
import { ErrorState, QueryView } from "../../components/states";
import { DateText, Isolate, Money } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { services } from "./messages";
import { RequesterName, ServiceName, useCatalogue } from "./shared";

/** One service request: what was asked, its dates, and (for staff) its next status. */
export default function ServiceRequestPage() {
  const params = useParams<{ requestId: string }>();
  return (
    <WithRecordId value={params.requestId} schema={ServiceRequestId}>
      {(id) => <RequestView id={id} />}
    </WithRecordId>
  );
}

function RequestView({ id }: { id: ServiceRequestId }) {
  const t = useMessages(services);
  const { locale } = useLocale();
  const chamber = useChamber();
  const catalogue = useCatalogue();
  const request = useQuery({
    queryKey: ["service-request", id],
    queryFn: () => chamber.serviceRequests.get(id),
  });
  const service = catalogue.data?.items.find((item) => item.id === request.data?.serviceId);
  return (
    <>
      <PageHeader
        title={t("requestTitle", { service: service ? localText(service.names, locale) : "…" })}
        actions={
          <Link href="/services" className="button">
            {t("back")}
          </Link>
        }
      />
      <QueryView query={request}>{(data) => <RequestDetails request={data} />}</QueryView>
    </>
  );
}

function RequestDetails({ request }: { request: ServiceRequest }) {
  const t = useMessages(services);
  const { locale } = useLocale();
  const canWrite = useCanWrite("services");
  return (
    <div className="grid">
      <section className="card" aria-labelledby="request-details">
        <h2 id="request-details">{t("details")}</h2>
        <dl className="facts">
          <dt>{t("service")}</dt>
          <dd>
            <ServiceName id={request.serviceId} />
          </dd>
          <dt>{t("requester")}</dt>
          <dd>
            <RequesterName request={request} />
          </dd>
          <dt>{t("status")}</dt>
          <dd>
            <span className={`badge status-${request.status}`} data-testid="request-status">
              {enumLabel(locale, "ServiceRequestStatus", request.status)}
            </span>
          </dd>
          <dt>{t("fee")}</dt>
          <dd>
            <Money value={request.fee} />
          </dd>
          {request.assignedTo && (
            <>
              <dt>{t("assignedTo")}</dt>
              <dd>
                <Isolate>{request.assignedTo}</Isolate>
              </dd>
            </>
          )}
          {request.reason && (
            <>
              <dt>{t("reason")}</dt>
              <dd>
                <Isolate>{request.reason}</Isolate>
              </dd>
            </>
          )}
          {request.documentNumber && (
            <>
              <dt>{t("documentNumber")}</dt>
              <dd>
                <Isolate>{request.documentNumber}</Isolate>
              </dd>
            </>
          )}
        </dl>
        <h3>{t("documents")}</h3>
        {request.documents.length === 0 ? (
          <p className="muted">{t("noDocuments")}</p>
        ) : (
          <ul>
            {request.documents.map((document) => (
              <li key={document.sha256}>
                <Isolate>{document.name}</Isolate>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="request-history">
        <h2 id="request-history">{t("history")}</h2>
        <ol className="timeline" data-testid="request-history">
          <li>
            <DateText value={request.submittedOn} /> — {t("historySubmitted")}
          </li>
          <li>
            <DateText value={request.dueOn} /> — {t("historyDue")}
          </li>
          {request.deliveredOn && (
            <li>
              <DateText value={request.deliveredOn} /> — {t("historyDelivered")}
            </li>
          )}
          <li>
            <time dateTime={request.updatedAt}>{formatDateTime(request.updatedAt, locale)}</time> —{" "}
            {t("historyUpdated")}: {enumLabel(locale, "ServiceRequestStatus", request.status)}
          </li>
        </ol>
      </section>
      {canWrite && <StatusChange request={request} />}
    </div>
  );
}

/** The statuses the request may move to, each behind a confirmation. */
function StatusChange({ request }: { request: ServiceRequest }) {
  const t = useMessages(services);
  const { locale } = useLocale();
  const chamber = useChamber();
  const queries = useQueryClient();
  const [reason, setReason] = useState("");
  const change = useMutation({
    mutationFn: (status: ServiceRequestStatus) =>
      chamber.serviceRequests.setStatus(request.id, {
        status,
        ...(reason.trim() !== "" && { reason: reason.trim() }),
      }),
    onSuccess: (updated) => {
      queries.setQueryData(["service-request", request.id], updated);
      void queries.invalidateQueries({ queryKey: ["service-requests"] });
      void queries.invalidateQueries({ queryKey: ["report-service-level"] });
      setReason("");
    },
  });
  const next = nextStatuses("serviceRequest", request.status);
  const label = (status: ServiceRequestStatus) => enumLabel(locale, "ServiceRequestStatus", status);
  const errors = nodeFieldErrors(change.error);
  return (
    <section className="card" aria-labelledby="status-change">
      <h2 id="status-change">{t("changeStatus")}</h2>
      {change.isSuccess && (
        <p role="status" className="success" data-testid="status-changed">
          {t("changed", { status: label(change.data.status) })}
        </p>
      )}
      {next.length === 0 ? (
        <p className="muted">{t("closed")}</p>
      ) : (
        <>
          <Field label={t("reason")} pointer="/reason" errors={errors} hint={t("reasonHint")}>
            {(props) => (
              <textarea
                {...props}
                rows={3}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          {change.isError && !errors && <ErrorState error={change.error} />}
          <div className="page-actions">
            {next.map((status) => (
              <ConfirmDialog
                key={status}
                trigger={
                  <button
                    type="button"
                    className={REASONED_STATUSES.includes(status) ? "button button-danger" : "button"}
                    disabled={change.isPending}
                    data-status={status}
                  >
                    {label(status)}
                  </button>
                }
                title={t("confirmTitle", { status: label(status) })}
                description={t("confirmBody", { from: label(request.status), to: label(status) })}
                confirm={t("confirm")}
                cancel={t("cancel")}
                danger={REASONED_STATUSES.includes(status)}
                onConfirm={() => change.mutate(status)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
