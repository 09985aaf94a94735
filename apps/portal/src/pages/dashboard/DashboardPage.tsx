import { pickText } from "@ghorfa/i18n";
import { useQuery } from "@tanstack/react-query";
import { useClient } from "../../api/client";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { QueryView } from "../../components/states";
import { useLocale, useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";

/** The chamber's dashboard (its figures come with the overview report). */
export default function DashboardPage() {
  const t = useMessages(shell);
  const { locale } = useLocale();
  const { account } = useSignedIn();
  const client = useClient();
  useChamber();
  const chamber = useQuery({
    queryKey: ["chamber", account.chamberId],
    queryFn: () => client.chambers.get(account.chamberId),
  });
  return (
    <>
      <PageHeader title={t("nav.dashboard")} />
      <QueryView query={chamber}>{(data) => <p>{pickText(data.names, locale)?.text}</p>}</QueryView>
    </>
  );
}
