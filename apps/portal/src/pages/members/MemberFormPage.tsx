import { enumLabel, fieldLabel } from "@ghorfa/i18n";
import { LEGAL_FORMS, SECTIONS } from "@ghorfa/schemas/enum-values";
import { ConflictError, PreconditionFailedError, PreconditionRequiredError } from "@ghorfa/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams } from "wouter";
import type * as z from "zod";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { Field, type FieldErrors, issuesByField, nodeFieldErrors } from "../../components/forms";
import { ErrorState, QueryView } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { members as messages } from "./messages";
import { type FullMember, isFull, MEMBER_LIST_KEY, type MemberView, memberKey } from "./shared";

/** `/members/new` and `/members/:memberId/edit`: one form, empty or filled with the member. */
export default function MemberFormPage() {
  const { memberId } = useParams<{ memberId?: string }>();
  return memberId ? <EditMember memberId={memberId} /> : <NewMember />;
}

function NewMember() {
  const t = useMessages(messages);
  const chamber = useChamber();
  return (
    <>
      <PageHeader title={t("newTitle")} sub={<Link href="/members">{t("backToList")}</Link>} />
      <MemberForm
        region={useSignedIn().account.chamberId}
        save={async (values) => {
          const { NewMemberRules } = await import("./rules");
          const parsed = NewMemberRules.safeParse({ ...values, labels: [] });
          if (!parsed.success) return parsed.error;
          return chamber.members.create(parsed.data);
        }}
      />
    </>
  );
}

function EditMember({ memberId }: { memberId: string }) {
  const t = useMessages(messages);
  const chamber = useChamber();
  const id = memberId as Parameters<typeof chamber.members.get>[0];
  // Read afresh each time the form opens: what it shows is what the node has, and the SDK keeps
  // this read's ETag for the update's If-Match.
  const member = useQuery({
    queryKey: [...memberKey(memberId), "edit"],
    queryFn: () => chamber.members.get(id),
    staleTime: 0,
    gcTime: 0,
  });
  return (
    <QueryView query={member}>
      {(data) => (
        <>
          <PageHeader
            title={t("editTitle")}
            sub={<Link href={`/members/${memberId}`}>{t("backToMember")}</Link>}
          />
          {isFull(data) && (
            <MemberForm
              key={data.updatedAt}
              initial={data}
              region={data.address.region}
              onReload={() => void member.refetch()}
              save={async (values) => {
                const { MemberChangeRules } = await import("./rules");
                const parsed = MemberChangeRules.safeParse({
                  ...values,
                  tradeName: values.tradeName ?? null,
                });
                if (!parsed.success) return parsed.error;
                return chamber.members.update(id, parsed.data);
              }}
            />
          )}
        </>
      )}
    </QueryView>
  );
}

type Saved = Awaited<ReturnType<ReturnType<typeof useChamber>["members"]["create"]>>;
type Values = ReturnType<typeof valuesOf>;

/** What the form holds, shaped as the node's body; an empty field is a field left out. */
function valuesOf(form: FormData, region: string) {
  const text = (name: string) => {
    const value = String(form.get(name) ?? "").trim();
    return value === "" ? undefined : value;
  };
  return {
    legalName: text("/legalName"),
    tradeName: text("/tradeName"),
    legalForm: text("/legalForm"),
    identifiers: {
      ice: text("/identifiers/ice"),
      rc: { court: text("/identifiers/rc/court"), number: text("/identifiers/rc/number") },
      if: text("/identifiers/if"),
      tp: text("/identifiers/tp"),
      cnss: text("/identifiers/cnss"),
    },
    section: text("/section"),
    activity: {
      ar: text("/activity/ar"),
      fr: text("/activity/fr"),
      en: text("/activity/en"),
      zgh: text("/activity/zgh"),
    },
    address: {
      region,
      prefecture: text("/address/prefecture"),
      city: text("/address/city"),
      street: text("/address/street"),
      postalCode: text("/address/postalCode"),
    },
    contacts: {
      email: text("/contacts/email"),
      phone: text("/contacts/phone"),
      website: text("/contacts/website"),
    },
  };
}

/** The value at `pointer` in the member being edited, for the field's first value. */
function initialAt(member: FullMember | undefined, pointer: string): string {
  let value: unknown = member;
  for (const key of pointer.split("/").slice(1))
    value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === "string" ? value : "";
}

function MemberForm({
  initial,
  region,
  save,
  onReload,
}: {
  initial?: FullMember;
  region: string;
  /** Checks the values with the node's rules, then sends them: a zod error, or the saved member. */
  save: (values: Values) => Promise<Saved | z.ZodError>;
  onReload?: () => void;
}) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (result) => {
      if (!("id" in result)) {
        setErrors(issuesByField(result, locale));
        return;
      }
      setErrors({});
      queries.setQueryData<MemberView>(memberKey(result.id), result);
      void queries.invalidateQueries({ queryKey: MEMBER_LIST_KEY });
      navigate(`/members/${result.id}`);
    },
    // A member's only conflict is its ICE: the chamber holds another member with it.
    onError: (error) =>
      setErrors(
        error instanceof ConflictError
          ? { "/identifiers/ice": t("iceTaken") }
          : (nodeFieldErrors(error) ?? {}),
      ),
  });

  // The first field in error takes the focus, so a keyboard or screen reader user lands on it.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(valuesOf(new FormData(event.currentTarget), region));
  };

  const error = mutation.error;
  const stale = error instanceof PreconditionFailedError || error instanceof PreconditionRequiredError;
  const label = (pointer: string) => fieldLabel(locale, pointer.split("/").slice(1));

  const input = (
    pointer: string,
    options: { type?: string; ltr?: boolean; numeric?: boolean; hint?: string; autoComplete?: string } = {},
  ) => (
    <Field
      label={label(pointer)}
      pointer={pointer}
      errors={errors}
      {...(options.hint && { hint: options.hint })}
    >
      {(props) => (
        <input
          {...props}
          type={options.type ?? "text"}
          defaultValue={initialAt(initial, pointer)}
          // A Latin name typed in the Arabic page (or the reverse) lines up with its own script.
          dir={options.ltr ? "ltr" : "auto"}
          {...(options.numeric && { inputMode: "numeric" as const })}
          {...(options.autoComplete && { autoComplete: options.autoComplete })}
        />
      )}
    </Field>
  );

  const select = (pointer: string, options: readonly { value: string; label: string }[]) => (
    <Field label={label(pointer)} pointer={pointer} errors={errors}>
      {(props) => (
        <select {...props} defaultValue={initialAt(initial, pointer)}>
          <option value="">{t("choose")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  const group = (legend: string, pointer: string, children: ReactNode) => (
    <fieldset className="card form-group">
      <legend>{legend}</legend>
      {errors[pointer] && (
        <p className="field-error" data-testid={`error${pointer}`}>
          {errors[pointer]}
        </p>
      )}
      <div className="form-grid">{children}</div>
    </fieldset>
  );

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="member-form" data-testid="member-form">
      {hasErrors && (
        <p className="form-error" role="alert">
          {t("formErrors")}
        </p>
      )}
      {stale && (
        <div className="state state-error" role="alert" data-testid="stale">
          <p className="state-title">{t("stale")}</p>
          {onReload && (
            <button type="button" className="button" onClick={onReload}>
              {t("reload")}
            </button>
          )}
        </div>
      )}
      {error && !stale && !(error instanceof ConflictError) && !nodeFieldErrors(error) && (
        <ErrorState error={error} />
      )}
      {group(
        t("identity"),
        "",
        <>
          {input("/legalName")}
          {input("/tradeName")}
          {select(
            "/legalForm",
            LEGAL_FORMS.map((value) => ({ value, label: enumLabel(locale, "LegalForm", value) })),
          )}
          {select(
            "/section",
            SECTIONS.map((value) => ({ value, label: enumLabel(locale, "Section", value) })),
          )}
        </>,
      )}
      {group(
        label("/identifiers"),
        "/identifiers",
        <>
          {input("/identifiers/ice", { ltr: true, numeric: true })}
          {input("/identifiers/rc/court")}
          {input("/identifiers/rc/number", { ltr: true, numeric: true })}
          {input("/identifiers/if", { ltr: true, numeric: true })}
          {input("/identifiers/tp", { ltr: true, numeric: true })}
          {input("/identifiers/cnss", { ltr: true, numeric: true })}
        </>,
      )}
      {group(
        label("/activity"),
        "/activity",
        <>
          <p className="muted small form-wide">{t("activityHint")}</p>
          {input("/activity/ar")}
          {input("/activity/fr")}
          {input("/activity/en")}
          {input("/activity/zgh")}
        </>,
      )}
      {group(
        label("/address"),
        "/address",
        <>
          {input("/address/street")}
          {input("/address/city")}
          {input("/address/postalCode", { ltr: true, numeric: true })}
          {input("/address/prefecture")}
        </>,
      )}
      {group(
        label("/contacts"),
        "/contacts",
        <>
          {input("/contacts/email", { type: "email", ltr: true, autoComplete: "email" })}
          {input("/contacts/phone", { type: "tel", ltr: true, hint: t("phoneHint"), autoComplete: "tel" })}
          {input("/contacts/website", { type: "url", ltr: true, autoComplete: "url" })}
        </>,
      )}
      <div className="page-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t("saving") : t("save")}
        </button>
        <Link href={initial ? `/members/${initial.id}` : "/members"} className="button button-quiet">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
