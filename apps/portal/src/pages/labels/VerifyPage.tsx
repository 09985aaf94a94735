import { enumLabel, formatDate, regionName } from "@ghorfa/i18n";
import { ChamberId, DocumentNumber, type LabelVerification } from "@ghorfa/schemas";
import { NotFoundError } from "@ghorfa/sdk";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useLocation, useParams } from "wouter";
import { useClient } from "../../api/client";
import { PublicCard } from "../../app/PublicCard";
import { Field, type FieldErrors } from "../../components/forms";
import { LocalText } from "../../components/localized";
import { ErrorState, Loading } from "../../components/states";
import { DateText, Isolate } from "../../components/text";
import { useLocale, useMessages } from "../../i18n/locale";
import { labels } from "./messages";

/**
 * The public check of a label number, what the QR code on a product points to: anyone, signed in or
 * not, learns whether the label is valid today, for which product and holder. `/verify` alone
 * offers the form to type a number.
 */
export default function VerifyPage() {
  const t = useMessages(labels);
  const params = useParams<{ chamberId?: string; labelNumber?: string }>();
  const chamber = ChamberId.safeParse(params.chamberId);
  const number = params.labelNumber === undefined ? undefined : decodeURIComponent(params.labelNumber);
  return (
    <PublicCard title={t("verifyTitle")} variant="verify">
      {number !== undefined &&
        (chamber.success ? (
          <Verification chamberId={chamber.data} labelNumber={number} />
        ) : (
          <p className="verify-result verify-unknown" role="alert">
            {t("notFound", { number })}
          </p>
        ))}
      <VerifyForm
        initialChamber={chamber.success ? chamber.data : undefined}
        initialNumber={number ?? ""}
        again={number !== undefined}
      />
    </PublicCard>
  );
}

function Verification({ chamberId, labelNumber }: { chamberId: ChamberId; labelNumber: string }) {
  const t = useMessages(labels);
  const client = useClient();
  const valid = DocumentNumber.safeParse(labelNumber).success;
  const verification = useQuery({
    queryKey: ["label-verification", chamberId, labelNumber],
    queryFn: () => client.chamber(chamberId).labels.verify(labelNumber as DocumentNumber),
    enabled: valid,
  });
  if (!valid)
    return (
      <p className="verify-result verify-unknown" role="alert" data-testid="verify-result">
        {t("invalidNumber")}
      </p>
    );
  if (verification.isPending) return <Loading />;
  if (verification.isError) {
    if (verification.error instanceof NotFoundError)
      return (
        <p className="verify-result verify-unknown" role="alert" data-testid="verify-result">
          {t("notFound", { number: labelNumber })}
        </p>
      );
    return <ErrorState error={verification.error} onRetry={() => void verification.refetch()} />;
  }
  return <VerifiedLabel label={verification.data} />;
}

function VerifiedLabel({ label }: { label: LabelVerification }) {
  const t = useMessages(labels);
  const { locale } = useLocale();
  const granted = label.status === "granted";
  return (
    <section
      className={`verify-result ${granted ? "verify-valid" : "verify-invalid"}`}
      aria-labelledby="verify-status"
      data-testid="verify-result"
      data-status={label.status}
    >
      <h2 id="verify-status">
        {granted ? t("valid") : t("notValid")}
        {!granted && <> — {enumLabel(locale, "LabelApplicationStatus", label.status)}</>}
      </h2>
      <dl className="facts">
        <dt>{t("labelNumber")}</dt>
        <dd>
          <Isolate>{label.labelNumber}</Isolate>
        </dd>
        <dt>{t("product")}</dt>
        <dd>
          <LocalText value={label.product} /> ({enumLabel(locale, "ProductCategory", label.category)})
        </dd>
        <dt>{t("holder")}</dt>
        <dd>
          <Isolate>{label.holder}</Isolate>
        </dd>
        <dt>{t("scheme")}</dt>
        <dd>
          <LocalText value={label.scheme.names} />
        </dd>
        <dt>{t("chamber")}</dt>
        <dd>{regionName(locale, label.chamberId)}</dd>
        <dt>{t("validFrom")}</dt>
        <dd>
          <DateText value={label.validFrom} />
        </dd>
        <dt>{t("validUntil")}</dt>
        <dd>
          <DateText value={label.validUntil} />
        </dd>
      </dl>
      <p className="muted small">{t("asOf", { date: formatDate(label.asOf, locale) })}</p>
    </section>
  );
}

function VerifyForm({
  initialChamber,
  initialNumber,
  again,
}: {
  initialChamber: ChamberId | undefined;
  initialNumber: string;
  again: boolean;
}) {
  const t = useMessages(labels);
  const { locale } = useLocale();
  const client = useClient();
  const [, navigate] = useLocation();
  const node = useQuery({ queryKey: ["node-info"], queryFn: () => client.node.info(), staleTime: Infinity });
  const chambers = node.data?.chambers ?? [];
  const [chamberId, setChamberId] = useState<ChamberId | "">(initialChamber ?? "");
  const [number, setNumber] = useState(initialNumber);
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => {
    if (chamberId === "" && chambers[0]) setChamberId(chambers.includes("ma-09") ? "ma-09" : chambers[0]);
  }, [chambers, chamberId]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = number.trim().toUpperCase();
    if (!DocumentNumber.safeParse(typed).success) {
      setErrors({ "/labelNumber": t("invalidNumber") });
      return;
    }
    setErrors({});
    navigate(`/verify/${chamberId}/${encodeURIComponent(typed)}`);
  };
  if (node.isPending) return <Loading />;
  if (node.isError) return <ErrorState error={node.error} onRetry={() => void node.refetch()} />;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="verify-form"
      aria-label={again ? t("verifyAnother") : undefined}
    >
      {again ? <h2>{t("verifyAnother")}</h2> : <p className="muted">{t("verifyIntro")}</p>}
      <Field label={t("chamber")} pointer="/chamberId">
        {(props) => (
          <select
            {...props}
            value={chamberId}
            onChange={(event) => setChamberId(event.target.value as ChamberId)}
          >
            {chambers.map((id) => (
              <option key={id} value={id}>
                {regionName(locale, id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("number")}
        pointer="/labelNumber"
        errors={errors}
        hint={t("numberHint", { example: "SM-2026-000001" })}
      >
        {(props) => (
          <input
            {...props}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={number}
            onChange={(event) => setNumber(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {t("check")}
      </button>
    </form>
  );
}
