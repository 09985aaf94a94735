import type { ChamberId } from "@ghorfa/schemas";
import { RateLimitedError, UnauthorizedError, ValidationError } from "@ghorfa/sdk";
import { type FormEvent, useEffect, useId } from "react";
import { Link, Redirect, useSearchParams } from "wouter";
import { useSignIn } from "../../api/session";
import { LocaleSwitcher } from "../../app/Layout";
import { ChamberSelect, useHostedChambers } from "../../components/chambers";
import { ErrorState, Loading } from "../../components/states";
import { useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";
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
  const ts = useMessages(shell);
  const ids = useId();
  const { node, chambers, chamberId, setChamberId } = useHostedChambers();
  useEffect(() => {
    document.title = `${t("title")} · ${ts("appName")}`;
  }, [t, ts]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({
      chamberId: chamberId as ChamberId,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
  };

  const error = mutation.error;
  const message =
    error instanceof UnauthorizedError || error instanceof ValidationError
      ? t("wrong")
      : error instanceof RateLimitedError
        ? t("throttled", { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) })
        : undefined;

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand">{ts("appName")}</p>
          <LocaleSwitcher />
        </div>
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
        {node.isPending ? (
          <Loading />
        ) : node.isError ? (
          <ErrorState error={node.error} onRetry={() => void node.refetch()} />
        ) : (
          <form onSubmit={submit} noValidate aria-describedby={message ? `${ids}-error` : undefined}>
            <div className="field">
              <label htmlFor={`${ids}-chamber`}>{t("chamber")}</label>
              <ChamberSelect
                id={`${ids}-chamber`}
                chambers={chambers}
                value={chamberId}
                onChange={setChamberId}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-email`}>{t("email")}</label>
              <input
                id={`${ids}-email`}
                name="email"
                type="email"
                autoComplete="username"
                dir="ltr"
                required
              />
            </div>
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
        <p className="sign-in-links">
          <Link href="/forgot-password">{t("forgot")}</Link>
        </p>
      </div>
    </main>
  );
}
