import type { MemberId } from "@ghorfa/schemas";
import { useQuery } from "@tanstack/react-query";
import { useChamber } from "../../api/session";

export type ChamberClient = ReturnType<typeof useChamber>;
type Item<T> = T extends AsyncGenerator<infer I> ? I : never;
export type LeaseData = Item<ReturnType<ChamberClient["leases"]["iterate"]>>;
export type UnitData = Item<ReturnType<ChamberClient["units"]["iterate"]>>;
export type PaymentData = Item<ReturnType<ChamberClient["leases"]["payments"]["iterate"]>>;

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of items) list.push(item);
  return list;
}

/**
 * Every unit of the chamber. A chamber lets tens of units, not thousands: the occupancy table
 * needs them all at once to pair each with its lease.
 */
export function useUnits(enabled = true) {
  const chamber = useChamber();
  return useQuery({
    queryKey: ["units", "all"],
    queryFn: () => all(chamber.units.iterate({ limit: 100 })),
    enabled,
  });
}

/** Every lease the session may read: the chamber's for staff, its own for a member. */
export function useLeases() {
  const chamber = useChamber();
  return useQuery({
    queryKey: ["leases", "all"],
    queryFn: () => all(chamber.leases.iterate({ limit: 100 })),
  });
}

/** Every payment of one lease, in the order recorded. */
export function usePayments(leaseId: string) {
  const chamber = useChamber();
  return useQuery({
    queryKey: ["lease-payments", leaseId],
    queryFn: () => all(chamber.leases.payments.iterate(leaseId, { limit: 100 })),
  });
}

/** A member as the chamber keeps it, shared with every page that names it. */
export function useMember(memberId: MemberId) {
  const chamber = useChamber();
  return useQuery({
    queryKey: ["member", memberId],
    queryFn: () => chamber.members.get(memberId),
    staleTime: 60_000,
  });
}

/** Today in Morocco (`YYYY-MM-DD`), the day rent falls due and revisions take effect. */
export function moroccanToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca" }).format(new Date());
}

/** Whether `lease` holds its unit on `day`: active, started, not ended. */
export function holdsOn(lease: LeaseData, day: string): boolean {
  return lease.status === "active" && lease.start <= day && (lease.end === undefined || lease.end >= day);
}
