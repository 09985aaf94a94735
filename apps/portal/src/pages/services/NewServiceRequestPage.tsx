import { type Service, ServiceId } from "@ghorfa/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Redirect } from "wouter";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { Field, nodeFieldErrors } from "../../components/forms";
import { localText } from "../../components/localized";
import { ErrorState, QueryView } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { FeeRuleText } from "./FeeRuleText";
import { services } from "./messages";
import { useCatalogue } from "./shared";

/** A member asks for a service of the catalogue for its own enterprise. */
export default function NewServiceRequestPage() {
  const t = useMessages(services);
  const { account } = useSignedIn();
  const catalogue = useCatalogue();
  if (!account.memberId) return <Redirect to="/services" replace />;
  return (
    <>
      <PageHeader
        title={t("newRequest")}
        sub={t("newRequestIntro")}
        actions={
          <Link href="/services" className="button">
            {t("back")}
          </Link>
        }
      />
      <QueryView query={catalogue}>
        {(page) => <RequestForm offered={page.items.filter((service) => service.active)} />}
      </QueryView>
    </>
  );
}

function RequestForm({ offered }: { offered: readonly Service[] }) {
  const t = useMessages(services);
  const { locale } = useLocale();
  const { account } = useSignedIn();
  const chamber = useChamber();
  const queries = useQueryClient();
  const [serviceId, setServiceId] = useState<string>(offered[0]?.id ?? "");
  const [declared, setDeclared] = useState("");
  const service = offered.find((item) => item.id === serviceId);
  const create = useMutation({
    mutationFn: () => {
      const dirhams = Number(declared);
      return chamber.serviceRequests.create({
        serviceId: ServiceId.parse(serviceId),
        ...(account.memberId && { memberId: account.memberId }),
        ...(service?.fee.kind === "per_mille" &&
          declared.trim() !== "" && {
            // Money is integer centimes: 1 MAD = 100.
            declaredValue: { amount: Math.round(dirhams * 100), currency: "MAD" as const },
          }),
        documents: [],
      });
    },
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["service-requests"] }),
  });
  if (create.isSuccess) return <Redirect to={`/services/requests/${create.data.id}`} />;
  const errors = nodeFieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <Field label={t("chooseService")} pointer="/serviceId" errors={errors}>
        {(props) => (
          <select {...props} value={serviceId} onChange={(event) => setServiceId(event.target.value)}>
            {offered.map((item) => (
              <option key={item.id} value={item.id}>
                {localText(item.names, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {service && (
        <p className="muted">
          {t("fee")}: <FeeRuleText rule={service.fee} /> · {t("days", { days: service.serviceLevelDays })}
        </p>
      )}
      {service?.fee.kind === "per_mille" && (
        <Field
          label={t("declaredValue")}
          pointer="/declaredValue"
          errors={errors}
          hint={t("declaredValueHint")}
        >
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              dir="ltr"
              value={declared}
              onChange={(event) => setDeclared(event.target.value)}
            />
          )}
        </Field>
      )}
      {create.isError && !errors && <ErrorState error={create.error} />}
      <button type="submit" className="button button-primary" disabled={create.isPending || !service}>
        {create.isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
