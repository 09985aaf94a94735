import { ApiError } from "@ghorfa/sdk";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import { useClient } from "../../api/client";
import { PublicCard } from "../../app/PublicCard";
import { Field, type FieldErrors, issuesByField, nodeFieldErrors } from "../../components/forms";
import { ErrorState } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { password } from "./messages";

/**
 * The token arrives in the address's fragment (`#token=…`), which browsers never send to a server
 * nor put in a Referer. It is read once, then taken out of the address bar and the history.
 */
function takeToken(): string | undefined {
  const token = new URLSearchParams(window.location.hash.slice(1)).get("token") ?? undefined;
  if (token) window.history.replaceState(window.history.state, "", window.location.pathname);
  return token;
}

export default function ResetPasswordPage() {
  const t = useMessages(password);
  const { locale } = useLocale();
  const client = useClient();
  const ids = useId();
  const [token] = useState(takeToken);
  const [errors, setErrors] = useState<FieldErrors>();
  const reset = useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      client.auth.resetPassword(input, { retry: false }),
    onError: (error) => setErrors(nodeFieldErrors(error)),
  });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!token) return;
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get("/password") ?? "");
    const again = String(form.get("/confirm") ?? "");
    // The node's own rule for a password, in the reader's words, before anything is sent.
    const { Password } = await import("@ghorfa/schemas");
    const checked = Password.safeParse(chosen);
    if (!checked.success) {
      setErrors(prefix(issuesByField(checked.error, locale), "/password"));
      return;
    }
    if (chosen !== again) {
      setErrors({ "/confirm": t("mismatch") });
      return;
    }
    setErrors(undefined);
    reset.mutate({ token, password: chosen });
  };

  const expired = reset.error instanceof ApiError && reset.error.kind === "invalid-token";

  return (
    <PublicCard title={t("resetTitle")}>
      {reset.isSuccess ? (
        <>
          <p role="status" data-testid="reset-done">
            {t("done")}
          </p>
          <Link href="/sign-in">{t("toSignIn")}</Link>
        </>
      ) : !token || expired ? (
        <>
          <p role="alert" data-testid="reset-invalid">
            {token ? t("invalidToken") : t("noToken")}
          </p>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </>
      ) : (
        <form onSubmit={submit} noValidate aria-describedby={`${ids}-intro`}>
          <p id={`${ids}-intro`} className="muted">
            {t("resetIntro")}
          </p>
          <Field label={t("newPassword")} pointer="/password" errors={errors}>
            {(props) => <input {...props} type="password" autoComplete="new-password" dir="ltr" required />}
          </Field>
          <Field label={t("confirmPassword")} pointer="/confirm" errors={errors}>
            {(props) => <input {...props} type="password" autoComplete="new-password" dir="ltr" required />}
          </Field>
          {reset.error && !nodeFieldErrors(reset.error) && <ErrorState error={reset.error} />}
          <button type="submit" className="button button-primary" disabled={reset.isPending}>
            {reset.isPending ? t("saving") : t("save")}
          </button>
        </form>
      )}
    </PublicCard>
  );
}

/** Errors of a value checked alone (pointer "") placed at its field. */
function prefix(errors: FieldErrors, pointer: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [`${pointer}${key}`, message]));
}
