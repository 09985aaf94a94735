import type { MemberId, ServiceId, ServiceRequest } from "@ghorfa/schemas";
import { useQuery } from "@tanstack/react-query";
import { useChamber } from "../../api/session";
import { LocalText } from "../../components/localized";
import { Isolate } from "../../components/text";

/** The catalogue, one page of the most the node serves: a chamber offers a few dozen services. */
export function useCatalogue() {
  const chamber = useChamber();
  return useQuery({
    queryKey: ["services", "catalogue"],
    queryFn: () => chamber.services.list({ limit: 100 }),
    staleTime: 5 * 60_000,
  });
}

/** A service's name from the catalogue, its code until the catalogue has come. */
export function ServiceName({ id }: { id: ServiceId }) {
  const catalogue = useCatalogue();
  const service = catalogue.data?.items.find((item) => item.id === id);
  return service ? <LocalText value={service.names} /> : <Isolate>{id}</Isolate>;
}

/** A member's legal name, read from the node (and cached). */
export function MemberName({ id }: { id: MemberId }) {
  const chamber = useChamber();
  const member = useQuery({ queryKey: ["member", id], queryFn: () => chamber.members.get(id) });
  return <Isolate>{member.data?.legalName ?? id}</Isolate>;
}

/** Who asked: the member enterprise, or the person for a service open to anyone. */
export function RequesterName({ request }: { request: ServiceRequest }) {
  if (request.memberId) return <MemberName id={request.memberId} />;
  return <Isolate>{request.requester?.name}</Isolate>;
}
