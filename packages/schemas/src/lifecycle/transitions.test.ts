import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgreementStatus, CommitmentStatus, LeaseStatus, MemberStatus } from "../enums";
// events (issue 13)
import { EventStatus, RegistrationStatus } from "../events/event-enums";
import { ServiceRequestStatus } from "../services/service-enums";
import { canTransition, nextStatuses, STATUS_TRANSITIONS, type StatusEntity } from "./transitions";

const STATUSES = {
  member: MemberStatus.options,
  lease: LeaseStatus.options,
  agreement: AgreementStatus.options,
  commitment: CommitmentStatus.options,
  // services platform (issue 13)
  serviceRequest: ServiceRequestStatus.options,
  // events (issue 13)
  event: EventStatus.options,
  registration: RegistrationStatus.options,
} as const;
const ENTITIES = Object.keys(STATUSES) as StatusEntity[];

// The checks below walk every entity with plain strings; the typed API is exercised separately.
const can = canTransition as (entity: StatusEntity, from: string, to: string) => boolean;
const next = nextStatuses as (entity: StatusEntity, from: string) => readonly string[];

describe("status transitions", () => {
  it("list a way out (or none) for every status of every entity, and only statuses of that entity", () => {
    for (const entity of ENTITIES) {
      const statuses: readonly string[] = STATUSES[entity];
      expect(Object.keys(STATUS_TRANSITIONS[entity]).sort()).toEqual([...statuses].sort());
      for (const from of statuses) for (const to of next(entity, from)) expect(statuses).toContain(to);
    }
  });

  it("allow exactly the moves nextStatuses lists", () => {
    const pair = fc
      .constantFrom(...ENTITIES)
      .chain((entity) =>
        fc.tuple(
          fc.constant(entity),
          fc.constantFrom(...STATUSES[entity]),
          fc.constantFrom(...STATUSES[entity]),
        ),
      );
    fc.assert(
      fc.property(pair, ([entity, from, to]) => {
        expect(can(entity, from, to)).toBe(next(entity, from).includes(to));
      }),
    );
  });

  it("never allow staying in the same status", () => {
    for (const entity of ENTITIES) for (const s of STATUSES[entity]) expect(can(entity, s, s)).toBe(false);
  });

  it("follow the member lifecycle: pending → active → suspended → active, struck off for good", () => {
    expect(canTransition("member", "pending", "active")).toBe(true);
    expect(canTransition("member", "active", "suspended")).toBe(true);
    expect(canTransition("member", "suspended", "active")).toBe(true);
    expect(canTransition("member", "pending", "suspended")).toBe(false);
    expect(nextStatuses("member", "struck_off")).toEqual([]);
  });

  it("follow the lease lifecycle: a draft becomes active or is cancelled; an active lease expires or is terminated", () => {
    expect(nextStatuses("lease", "draft")).toEqual(["active", "cancelled"]);
    expect(nextStatuses("lease", "active")).toEqual(["expired", "terminated"]);
    expect(canTransition("lease", "expired", "active")).toBe(false);
    expect(canTransition("lease", "draft", "expired")).toBe(false);
  });

  it("follow the agreement lifecycle from draft to in force, expired or terminated", () => {
    expect(nextStatuses("agreement", "negotiation")).toEqual(["draft", "signed"]);
    expect(canTransition("agreement", "signed", "in_force")).toBe(true);
    expect(canTransition("agreement", "in_force", "expired")).toBe(true);
    expect(canTransition("agreement", "draft", "in_force")).toBe(false);
    expect(canTransition("agreement", "signed", "expired")).toBe(false);
  });

  it("let a late commitment still be completed, but nothing reopen a done one", () => {
    expect(canTransition("commitment", "late", "done")).toBe(true);
    expect(nextStatuses("commitment", "done")).toEqual([]);
  });

  it("treat an unknown entity or status from JavaScript as having no way out", () => {
    expect(next("lease", "toString")).toEqual([]);
    expect(next("invoice" as StatusEntity, "draft")).toEqual([]);
    expect(can("lease", "constructor", "active")).toBe(false);
  });

  it("do not compile with a status of another entity", () => {
    // @ts-expect-error "negotiation" is an agreement status, not a lease status
    expect(canTransition("lease", "draft", "negotiation")).toBe(false);
    // @ts-expect-error "struck_off" is a member status, not an agreement status
    expect(nextStatuses("agreement", "struck_off")).toEqual([]);
  });
});
