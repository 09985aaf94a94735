import type { ChamberId } from "@ghorfa/schemas";
import { RateLimitedError } from "@ghorfa/sdk";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link } from "wouter";
import { useClient } from "../../api/client";
import { PublicCard } from "../../app/PublicCard";
import { useHostedChambers } from "../../components/chambers";
import { ErrorState, QueryView } from "../../components/states";
import { useMessages } from "../../i18n/locale";
import { AccountFields, minutesToWait } from "../sign-in/fields";
import { password } from "./messages";

/**
 * Asks the node to mail a password-reset link. The node answers the same whether the address has
 * an account or not, and so does this page: it never tells who has an account.
 */
export default function ForgotPasswordPage() {
  const t = useMessages(password);
  const client = useClient();
  const hosted = useHostedChambers();
  const request = useMutation({
    mutationFn: (input: { chamberId: ChamberId; email: string }) =>
      client.auth.requestPasswordReset(input, { retry: false }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    request.mutate({ chamberId: hosted.chamberId as ChamberId, email });
  };
  const error = request.error;

  return (
    <PublicCard title={t("forgotTitle")}>
      {request.isSuccess ? (
        <p role="status" data-testid="reset-sent">
          {t("sent")}
        </p>
      ) : (
        <QueryView query={hosted.node}>
          {() => (
            <form onSubmit={submit} noValidate>
              <p className="muted">{t("forgotIntro")}</p>
              <AccountFields hosted={hosted} />
              {error instanceof RateLimitedError ? (
                <p className="form-error" role="alert">
                  {t("throttled", { minutes: minutesToWait(error) })}
                </p>
              ) : (
                error && <ErrorState error={error} />
              )}
              <button type="submit" className="button button-primary" disabled={request.isPending}>
                {request.isPending ? t("sending") : t("send")}
              </button>
            </form>
          )}
        </QueryView>
      )}
      <p className="sign-in-links">
        <Link href="/sign-in">{t("toSignIn")}</Link>
      </p>
    </PublicCard>
  );
}
