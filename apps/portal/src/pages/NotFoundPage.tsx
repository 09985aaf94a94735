import { Link } from "wouter";
import { PageHeader } from "../app/Layout";
import { useMessages } from "../i18n/locale";
import { shell } from "../messages/shell";

export function NotFoundPage() {
  const t = useMessages(shell);
  return (
    <>
      <PageHeader title={t("notFoundTitle")} />
      <p>{t("notFoundBody")}</p>
      <Link href="/">{t("backHome")}</Link>
    </>
  );
}
