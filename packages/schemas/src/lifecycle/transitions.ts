import type { AgreementStatus, CommitmentStatus, LeaseStatus, MemberStatus } from "../enums";
// events (issue 13)
import type { EventStatus, RegistrationStatus } from "../events/event-enums";
// services platform (issue 13)
import type { ServiceRequestStatus } from "../services/service-enums";

/** The entities whose status follows a lifecycle. */
export type StatusEntity =
  | "member"
  | "lease"
  | "agreement"
  | "commitment"
  // services platform (issue 13)
  | "serviceRequest"
  // events (issue 13)
  | "event"
  | "registration";

/** The status type of each entity, so a status of the wrong entity does not compile. */
export interface StatusOf {
  member: MemberStatus;
  lease: LeaseStatus;
  agreement: AgreementStatus;
  commitment: CommitmentStatus;
  // services platform (issue 13)
  serviceRequest: ServiceRequestStatus;
  // events (issue 13)
  event: EventStatus;
  registration: RegistrationStatus;
}

type TransitionTable = { [E in StatusEntity]: { readonly [S in StatusOf[E]]: readonly StatusOf[E][] } };

/**
 * Every allowed status change, by entity and current status. A status with no way out
 * (struck off, expired, done…) is final: records are corrected by a new record, not revived.
 */
export const STATUS_TRANSITIONS = {
  member: {
    pending: ["active", "struck_off"],
    active: ["suspended", "struck_off"],
    suspended: ["active", "struck_off"],
    struck_off: [],
  },
  lease: {
    draft: ["active", "cancelled"],
    active: ["expired", "terminated"],
    expired: [],
    terminated: [],
    cancelled: [],
  },
  agreement: {
    draft: ["negotiation", "signed"],
    negotiation: ["draft", "signed"],
    signed: ["in_force", "terminated"],
    in_force: ["expired", "terminated"],
    expired: [],
    terminated: [],
  },
  // A commitment falls late when its due date passes and can still be taken up or completed.
  commitment: {
    planned: ["in_progress", "done", "late", "cancelled"],
    in_progress: ["done", "late", "cancelled"],
    late: ["in_progress", "done", "cancelled"],
    done: [],
    cancelled: [],
  },
  // services platform (issue 13): the chamber may ask for more and get it back any number of
  // times; the requester withdraws, or the chamber rejects, while the request is still open.
  serviceRequest: {
    submitted: ["in_review", "rejected", "withdrawn"],
    in_review: ["needs_information", "approved", "rejected", "withdrawn"],
    needs_information: ["in_review", "rejected", "withdrawn"],
    approved: ["delivered", "withdrawn"],
    delivered: [],
    rejected: [],
    withdrawn: [],
  },
  // events (issue 13): a held event is `completed`; a waitlisted registration is confirmed by
  // the node when a seat frees up, and only a confirmed one is checked in (`attended`).
  event: {
    draft: ["published", "cancelled"],
    published: ["cancelled", "completed"],
    cancelled: [],
    completed: [],
  },
  registration: {
    confirmed: ["cancelled", "attended"],
    waitlisted: ["confirmed", "cancelled"],
    cancelled: [],
    attended: [],
  },
} as const satisfies TransitionTable;

/** The statuses `entity` may move to from `from`; empty when `from` is final (or unknown). */
export function nextStatuses<E extends StatusEntity>(entity: E, from: StatusOf[E]): readonly StatusOf[E][] {
  // A JavaScript caller can pass any string ("toString" too): an unknown status has no way out.
  if (!Object.hasOwn(STATUS_TRANSITIONS, entity)) return [];
  const table = STATUS_TRANSITIONS[entity] as TransitionTable[E];
  return Object.hasOwn(table, from) ? table[from] : [];
}

/** Whether `entity` may move from `from` to `to`. Staying in the same status is not a transition. */
export function canTransition<E extends StatusEntity>(
  entity: E,
  from: StatusOf[E],
  to: StatusOf[E],
): boolean {
  return nextStatuses(entity, from).includes(to);
}
