import type { ChamberId } from "@ghorfa/schemas";
import { RateLimitedError } from "@ghorfa/sdk";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId } from "react";
import { Link } from "wouter";
import { useClient } from "../../api/client";
import { LocaleSwitcher } from "../../app/Layout";
import { ChamberSelect, useHostedChambers } from "../../components/chambers";
import { ErrorState, Loading } from "../../components/states";
import { useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";
import { signIn } from "../sign-in/messages";
import { password } from "./messages";

/**
 * Asks the node to mail a password-reset link. The node answers the same whether the address has
 * an account or not, and so does this page: it never tells who has an account.
 */
export default function ForgotPasswordPage() {
  const t = useMessages(password);
  const ts = useMessages(shell);
  const tsi = useMessages(signIn);
  const ids = useId();
  const client = useClient();
  const { node, chambers, chamberId, setChamberId } = useHostedChambers();
  const request = useMutation({
    mutationFn: (input: { chamberId: ChamberId; email: string }) =>
      client.auth.requestPasswordReset(input, { retry: false }),
  });
  useEffect(() => {
    document.title = `${t("forgotTitle")} · ${ts("appName")}`;
  }, [t, ts]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    request.mutate({ chamberId: chamberId as ChamberId, email });
  };
  const error = request.error;

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand">{ts("appName")}</p>
          <LocaleSwitcher />
        </div>
        <h1>{t("forgotTitle")}</h1>
        {request.isSuccess ? (
          <p role="status" data-testid="reset-sent">
            {t("sent")}
          </p>
        ) : node.isPending ? (
          <Loading />
        ) : node.isError ? (
          <ErrorState error={node.error} onRetry={() => void node.refetch()} />
        ) : (
          <form onSubmit={submit} noValidate>
            <p className="muted">{t("forgotIntro")}</p>
            <div className="field">
              <label htmlFor={`${ids}-chamber`}>{tsi("chamber")}</label>
              <ChamberSelect
                id={`${ids}-chamber`}
                chambers={chambers}
                value={chamberId}
                onChange={setChamberId}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-email`}>{tsi("email")}</label>
              <input
                id={`${ids}-email`}
                name="email"
                type="email"
                autoComplete="username"
                dir="ltr"
                required
              />
            </div>
            {error instanceof RateLimitedError ? (
              <p className="form-error" role="alert">
                {t("throttled", { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) })}
              </p>
            ) : (
              error && <ErrorState error={error} />
            )}
            <button type="submit" className="button button-primary" disabled={request.isPending}>
              {request.isPending ? t("sending") : t("send")}
            </button>
          </form>
        )}
        <p className="sign-in-links">
          <Link href="/sign-in">{t("toSignIn")}</Link>
        </p>
      </div>
    </main>
  );
}
