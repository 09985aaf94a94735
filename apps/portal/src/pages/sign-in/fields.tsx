import type { RateLimitedError } from "@ghorfa/sdk";
import { useId } from "react";
import { ChamberSelect, type useHostedChambers } from "../../components/chambers";
import { useMessages } from "../../i18n/locale";
import { signIn } from "./messages";

/** Who signs in: the chamber among those the node hosts, and the account's address. */
export function AccountFields({ hosted }: { hosted: ReturnType<typeof useHostedChambers> }) {
  const t = useMessages(signIn);
  const ids = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${ids}-chamber`}>{t("chamber")}</label>
        <ChamberSelect
          id={`${ids}-chamber`}
          chambers={hosted.chambers}
          value={hosted.chamberId}
          onChange={hosted.setChamberId}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-email`}>{t("email")}</label>
        <input id={`${ids}-email`} name="email" type="email" autoComplete="username" dir="ltr" required />
      </div>
    </>
  );
}

/** How many minutes the node asks to wait before trying again, at least one. */
export function minutesToWait(error: RateLimitedError): number {
  return Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60));
}
