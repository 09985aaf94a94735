import { enumLabel, fieldLabel, formatDate, formatList, pickText, TEXT_KEYS } from "@ghorfa/i18n";
import { type AgreementStatus, nextStatuses } from "@ghorfa/schemas";
import { InvalidTransitionError, PreconditionFailedError } from "@ghorfa/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { useCanWrite } from "../../api/writers";
import { PageHeader } from "../../app/Layout";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Field, type FieldErrors, nodeFieldErrors } from "../../components/forms";
import { ErrorState, QueryView } from "../../components/states";
import { DateText } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { countryName, LocalText, PartyName, StatusBadge, usePartyName } from "./agreement-text";
import { agreements } from "./messages";

type Chamber = ReturnType<typeof useChamber>;
type AgreementId = Parameters<Chamber["agreements"]["get"]>[0];
type Agreement = Awaited<ReturnType<Chamber["agreements"]["get"]>>;
type Patch = Parameters<Chamber["agreements"]["update"]>[1];

/** An agreement as read, with the ETag of that reading: what a change sends back in If-Match. */
interface Read {
  agreement: Agreement;
  etag: string | undefined;
}

/** What a part of the page that changes the agreement needs: the reading, its query, a way to read again. */
interface ReadingProps {
  read: Read;
  queryKey: readonly unknown[];
  refetch: () => Promise<unknown>;
}

function useAgreement(id: AgreementId) {
  const chamber = useChamber();
  const { account } = useSignedIn();
  const key = ["agreement", account.chamberId, id] as const;
  const query = useQuery({
    queryKey: key,
    queryFn: async (): Promise<Read> => {
      const agreement = await chamber.agreements.get(id);
      return { agreement, etag: agreement.$response.etag };
    },
  });
  return { query, key };
}

/** What a write returned becomes the page's reading, and the list is read again when next shown. */
function useKeep(key: readonly unknown[]) {
  const queries = useQueryClient();
  return (agreement: Agreement) => {
    queries.setQueryData<Read>(key, { agreement, etag: agreement.$response.etag });
    void queries.invalidateQueries({ queryKey: ["agreements"] });
  };
}

export default function AgreementPage() {
  const t = useMessages(agreements);
  const params = useParams<{ agreementId: string }>();
  const { query, key } = useAgreement(params.agreementId as AgreementId);
  const { locale } = useLocale();
  const title = query.data ? (pickText(query.data.agreement.title, locale)?.text ?? "") : t("title");
  return (
    <>
      <p className="breadcrumb">
        <Link href="/agreements">{t("back")}</Link>
      </p>
      <PageHeader
        title={title}
        sub={
          query.data && (
            <>
              <bdi dir="ltr">{query.data.agreement.reference}</bdi> ·{" "}
              {enumLabel(locale, "AgreementKind", query.data.agreement.kind)}
            </>
          )
        }
      />
      <QueryView query={query}>
        {(read) => <AgreementView read={read} queryKey={key} refetch={() => query.refetch()} />}
      </QueryView>
    </>
  );
}

function AgreementView({ read, queryKey, refetch }: ReadingProps) {
  const t = useMessages(agreements);
  const { locale } = useLocale();
  const canWrite = useCanWrite("agreements");
  const { agreement } = read;
  const partyName = usePartyName();
  const commitments = [...agreement.commitments].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return (
    <div className="agreement">
      <section className="card" aria-labelledby="agreement-overview">
        <h2 id="agreement-overview">{t("overview")}</h2>
        {agreement.summary && (
          <p>
            <LocalText text={agreement.summary} />
          </p>
        )}
        <dl className="facts">
          <dt>{fieldLabel(locale, ["status"])}</dt>
          <dd>
            <StatusBadge entity="AgreementStatus" status={agreement.status} />
          </dd>
          <dt>{fieldLabel(locale, ["signature"])}</dt>
          <dd data-testid="signature">
            {agreement.signature
              ? t("signedAt", {
                  date: formatDate(agreement.signature.date, locale),
                  place: pickText(agreement.signature.place, locale)?.text ?? "",
                })
              : t("notSigned")}
          </dd>
          <dt>{fieldLabel(locale, ["period"])}</dt>
          <dd>
            {agreement.period.end
              ? t("periodFromTo", {
                  start: formatDate(agreement.period.start, locale),
                  end: formatDate(agreement.period.end, locale),
                })
              : t("periodOpen", { start: formatDate(agreement.period.start, locale) })}
          </dd>
          <dt>{fieldLabel(locale, ["domains"])}</dt>
          <dd>
            <ul className="badges" data-testid="domains">
              {agreement.domains.map((domain) => (
                <li key={domain} className="badge">
                  {enumLabel(locale, "AgreementDomain", domain)}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        {canWrite && <TitleEditor read={read} queryKey={queryKey} refetch={refetch} />}
      </section>

      <StatusSection read={read} queryKey={queryKey} refetch={refetch} canWrite={canWrite} />

      <section className="card" aria-labelledby="agreement-parties">
        <h2 id="agreement-parties">{fieldLabel(locale, ["parties"])}</h2>
        <div className="table-wrap">
          <table className="table" data-testid="parties">
            <thead>
              <tr>
                <th scope="col">{fieldLabel(locale, ["name"])}</th>
                <th scope="col">{fieldLabel(locale, ["kind"])}</th>
                <th scope="col">{fieldLabel(locale, ["role"])}</th>
                <th scope="col">{fieldLabel(locale, ["country"])}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.parties.map((party, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a party is its place in the list (commitments name it so)
                <tr key={i}>
                  <th scope="row">
                    <PartyName party={party} />
                  </th>
                  <td>{enumLabel(locale, "PartyKind", party.kind)}</td>
                  <td>{enumLabel(locale, "PartyRole", party.role)}</td>
                  <td>{countryName(party.country, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="agreement-commitments">
        <h2 id="agreement-commitments">{fieldLabel(locale, ["commitments"])}</h2>
        {commitments.length === 0 ? (
          <p className="muted">{t("noCommitments")}</p>
        ) : (
          <>
            <p className="muted">{t("commitmentsIntro")}</p>
            <ol className="timeline" data-testid="commitments">
              {commitments.map((commitment) => {
                const owner = agreement.parties[commitment.owner];
                return (
                  <li key={commitment.id} className={`timeline-item status-${commitment.status}`}>
                    <p className="timeline-date">
                      <span className="visually-hidden">{fieldLabel(locale, ["due"])} </span>
                      <DateText value={commitment.due} />
                    </p>
                    <div className="timeline-body">
                      <p className="timeline-title">
                        <LocalText text={commitment.description} />
                      </p>
                      {owner && <p className="muted small">{t("owner", { party: partyName(owner) })}</p>}
                      <StatusBadge entity="CommitmentStatus" status={commitment.status} />
                    </div>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>

      {agreement.documents.length > 0 && (
        <section className="card" aria-labelledby="agreement-documents">
          <h2 id="agreement-documents">{fieldLabel(locale, ["documents"])}</h2>
          <ul>
            {agreement.documents.map((document) => (
              <li key={document.url}>
                <a href={document.url} rel="noreferrer">
                  <LocalText text={document.title} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The 412 in the reader's words, and the way out: read the record again. */
function ChangedElsewhere({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const t = useMessages(agreements);
  return (
    <div className="state state-error" role="alert" data-testid="changed-elsewhere">
      <p className="state-title">{t("changedElsewhereTitle")}</p>
      <p>{t("changedElsewhere")}</p>
      <button type="button" className="button" onClick={onReload} disabled={reloading}>
        {t("reload")}
      </button>
    </div>
  );
}

/** Reads the agreement again after a 412, then says so. */
function useReload(refetch: () => Promise<unknown>, reset: () => void) {
  const [state, setState] = useState<"idle" | "reloading" | "reloaded">("idle");
  const reload = async () => {
    setState("reloading");
    await refetch();
    reset();
    setState("reloaded");
  };
  return { state, reload: () => void reload(), clear: () => setState("idle") };
}

/**
 * The title in the reader's language, changed with If-Match: the ETag of the reading on screen.
 * When someone changed the agreement since, the node refuses (412); the text typed stays in the
 * field, the page offers to read the agreement again, and a second save applies it to that.
 */
function TitleEditor({ read, queryKey, refetch }: ReadingProps) {
  const t = useMessages(agreements);
  const { locale } = useLocale();
  const chamber = useChamber();
  const keep = useKeep(queryKey);
  const textKey = TEXT_KEYS[locale];
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (title: string) => {
      const next: Record<string, string> = { ...read.agreement.title };
      if (title.trim() === "") delete next[textKey];
      else next[textKey] = title;
      return chamber.agreements.update(
        read.agreement.id,
        { title: next as Patch["title"] },
        { ifMatch: read.etag },
      );
    },
    onSuccess: (agreement) => {
      keep(agreement);
      setDraft(undefined);
      setSaved(true);
    },
  });
  const reload = useReload(refetch, () => mutation.reset());
  const conflict = mutation.error instanceof PreconditionFailedError;
  const errors = nodeFieldErrors(mutation.error);

  if (draft === undefined) {
    return (
      <div className="editor-closed">
        {saved && (
          <p role="status" className="notice">
            {t("saved")}
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(false);
            reload.clear();
            setDraft(read.agreement.title[textKey] ?? "");
          }}
        >
          {t("editTitle")}
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reload.clear();
    mutation.mutate(draft);
  };
  return (
    <form className="title-editor" onSubmit={submit} noValidate data-testid="title-editor">
      <Field label={fieldLabel(locale, ["title", textKey])} pointer="/title" errors={errors}>
        {(props) => (
          <input {...props} value={draft} onChange={(event) => setDraft(event.target.value)} lang={locale} />
        )}
      </Field>
      {conflict && <ChangedElsewhere onReload={reload.reload} reloading={reload.state === "reloading"} />}
      {reload.state === "reloaded" && (
        <p role="status" className="notice">
          {t("reloaded")}
        </p>
      )}
      {mutation.isError && !conflict && !errors && <ErrorState error={mutation.error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("saving") : t("save")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            mutation.reset();
            reload.clear();
            setDraft(undefined);
          }}
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

/** The moves the lifecycle allows from the current status, each confirmed before it is sent. */
function StatusSection({ read, queryKey, refetch, canWrite }: ReadingProps & { canWrite: boolean }) {
  const t = useMessages(agreements);
  const { locale } = useLocale();
  const chamber = useChamber();
  const keep = useKeep(queryKey);
  const { agreement } = read;
  const [place, setPlace] = useState("");
  const [date, setDate] = useState("");
  const [changed, setChanged] = useState<AgreementStatus | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: (status: AgreementStatus) => {
      const signing = status === "signed" && !agreement.signature;
      return chamber.agreements.setStatus(
        agreement.id,
        {
          status,
          ...(signing && { signature: { place: { [TEXT_KEYS[locale]]: place } as never, date } }),
        },
        { ifMatch: read.etag },
      );
    },
    onSuccess: (updated) => {
      keep(updated);
      setChanged(updated.status);
    },
  });
  const reload = useReload(refetch, () => mutation.reset());
  const next = nextStatuses("agreement", agreement.status);
  const label = (status: AgreementStatus) => enumLabel(locale, "AgreementStatus", status);
  const error = mutation.error;
  const fieldErrors = nodeFieldErrors(error);
  // The node names the field at fault down to the language of the place (`/signature/place/fr`).
  const firstUnder = (prefix: string) =>
    Object.entries(fieldErrors ?? {}).find(([pointer]) => pointer.startsWith(prefix))?.[1];
  const signatureErrors: FieldErrors = Object.fromEntries(
    [
      ["/signature/place", firstUnder("/signature/place") ?? fieldErrors?.["/signature"]],
      ["/signature/date", firstUnder("/signature/date")],
    ].filter(([, message]) => message !== undefined),
  );

  return (
    <section className="card" aria-labelledby="agreement-status">
      <h2 id="agreement-status">{t("statusHeading")}</h2>
      <p>
        {t("statusNow")} <StatusBadge entity="AgreementStatus" status={agreement.status} />
      </p>
      {changed && !mutation.isError && (
        <p role="status" className="notice" data-testid="status-changed">
          {t("statusChanged", { status: label(changed) })}
        </p>
      )}
      {next.length === 0 ? (
        <p className="muted">{t("finalStatus")}</p>
      ) : (
        canWrite && (
          <>
            {next.includes("signed") && !agreement.signature && (
              <fieldset className="signature-fields">
                <legend>{t("signingNeeds")}</legend>
                <Field
                  label={fieldLabel(locale, ["signature", "place"])}
                  pointer="/signature/place"
                  errors={signatureErrors}
                >
                  {(props) => <input {...props} value={place} onChange={(e) => setPlace(e.target.value)} />}
                </Field>
                <Field
                  label={fieldLabel(locale, ["signature", "date"])}
                  pointer="/signature/date"
                  errors={signatureErrors}
                >
                  {(props) => (
                    <input {...props} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
                  )}
                </Field>
              </fieldset>
            )}
            <div className="status-actions">
              {next.map((status) => (
                <ConfirmDialog
                  key={status}
                  trigger={
                    <button type="button" className="button" disabled={mutation.isPending} data-to={status}>
                      {t("moveTo", { status: label(status) })}
                    </button>
                  }
                  title={t("confirmTitle")}
                  description={t("confirmBody", { from: label(agreement.status), to: label(status) })}
                  confirm={t("confirm")}
                  cancel={t("cancel")}
                  danger={status === "terminated"}
                  onConfirm={() => {
                    reload.clear();
                    setChanged(undefined);
                    mutation.mutate(status);
                  }}
                />
              ))}
            </div>
          </>
        )
      )}
      {error instanceof PreconditionFailedError && (
        <ChangedElsewhere onReload={reload.reload} reloading={reload.state === "reloading"} />
      )}
      {error instanceof InvalidTransitionError && (
        <div className="state state-error" role="alert" data-testid="invalid-transition">
          <p className="state-title">{t("invalidTransition")}</p>
          <p>
            {error.allowed.length > 0
              ? t("allowedNow", {
                  list: formatList(
                    locale,
                    error.allowed.map((status) => label(status as AgreementStatus)),
                  ),
                })
              : t("noneAllowed")}
          </p>
          <button type="button" className="button" onClick={reload.reload}>
            {t("reload")}
          </button>
        </div>
      )}
      {reload.state === "reloaded" && (
        <p role="status" className="notice">
          {t("reloaded")}
        </p>
      )}
      {error && !(error instanceof PreconditionFailedError) && !(error instanceof InvalidTransitionError) && (
        <ErrorState error={error} />
      )}
    </section>
  );
}
