import { useQuery } from "@tanstack/react-query";
import { useChamber, useSignedIn } from "../../api/session";
import { PageHeader } from "../../app/Layout";
import { QueryView } from "../../components/states";
import { Isolate } from "../../components/text";
import { useMessages } from "../../i18n/locale";
import { shell } from "../../messages/shell";

/** A member's home: its own enterprise as the chamber keeps it. */
export default function MemberHome() {
  const t = useMessages(shell);
  const { account } = useSignedIn();
  const chamber = useChamber();
  const memberId = account.memberId as NonNullable<typeof account.memberId>;
  const member = useQuery({ queryKey: ["member", memberId], queryFn: () => chamber.members.get(memberId) });
  return (
    <>
      <PageHeader title={t("nav.member")} />
      <QueryView query={member}>
        {(data) => (
          <section className="card">
            <h2>
              <Isolate>{data.legalName}</Isolate>
            </h2>
            {"identifiers" in data && (
              <p>
                ICE <Isolate>{data.identifiers.ice}</Isolate>
              </p>
            )}
          </section>
        )}
      </QueryView>
    </>
  );
}
