import type { MemberId } from "@ghorfa/schemas";
import { Isolate } from "../../components/text";
import { useMember } from "./data";

/** A member's name, read once and shared (its id while it loads or when it may not be read). */
export function MemberName({ id }: { id: MemberId }) {
  const member = useMember(id);
  return <Isolate>{member.data?.legalName ?? id}</Isolate>;
}
