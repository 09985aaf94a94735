import type { ChamberId } from "@ghorfa/schemas";
import { RateLimitedError, UnauthorizedError, ValidationError } from "@ghorfa/sdk";
import { type FormEvent, useId } from "react";
import { Link, Redirect, useSearchParams } from "wouter";
import { useSignIn } from "../../api/session";
import { PublicCard } from "../../app/PublicCard";
import { useHostedChambers } from "../../components/chambers";
import { ErrorState, QueryView } from "../../components/states";
import { useMessages } from "../../i18n/locale";
import { AccountFields, minutesToWait } from "./fields";
import { signIn } from "./messages";

/** Where to go after signing in: an address of this portal only, never another site. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/**
 * The sign-in page. It never asks the node whether someone is signed in (that question's answer,
 * for a visitor, is a 401 the browser would report as a failed request): a signed-in person who
 * comes here anyway simply signs in again.
 */
export default function SignInPage() {
  const mutation = useSignIn();
  const [params] = useSearchParams();
  if (mutation.isSuccess) return <Redirect to={safeNext(params.get("next"))} replace />;
  return <SignInForm mutation={mutation} />;
}

function SignInForm({ mutation }: { mutation: ReturnType<typeof useSignIn> }) {
  const t = useMessages(signIn);
  const ids = useId();
  const hosted = useHostedChambers();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      chamberId: hosted.chamberId as ChamberId,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
  };

  const error = mutation.error;
  const message =
    error instanceof UnauthorizedError || error instanceof ValidationError
      ? t("wrong")
      : error instanceof RateLimitedError
        ? t("throttled", { minutes: minutesToWait(error) })
        : undefined;

  return (
    <PublicCard title={t("title")}>
      <p className="muted">{t("intro")}</p>
      <QueryView query={hosted.node}>
        {() => (
          <form onSubmit={submit} noValidate aria-describedby={message ? `${ids}-error` : undefined}>
            <AccountFields hosted={hosted} />
            <div className="field">
              <label htmlFor={`${ids}-password`}>{t("password")}</label>
              <input
                id={`${ids}-password`}
                name="password"
                type="password"
                autoComplete="current-password"
                dir="ltr"
                required
              />
            </div>
            {message && (
              <p id={`${ids}-error`} className="form-error" role="alert">
                {message}
              </p>
            )}
            {error && !message && <ErrorState error={error} />}
            <button type="submit" className="button button-primary" disabled={mutation.isPending}>
              {mutation.isPending ? t("submitting") : t("submit")}
            </button>
          </form>
        )}
      </QueryView>
      <p className="sign-in-links">
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
    </PublicCard>
  );
}
