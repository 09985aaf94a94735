import { fold } from "@ghorfa/i18n/fold";
import type {
  Agreement,
  Chamber,
  ChamberId,
  HolidayAnnouncement,
  Lease,
  LeasePayment,
  Member,
  Service,
  ServiceRequest,
  Unit,
} from "@ghorfa/schemas";
import {
  chamberOfId,
  type Event,
  type GrantedDecision,
  type LabelApplication,
  type LabelScheme,
  labelStatusInputs,
  agreementChambers as partyChambers,
  type Registration,
  registrationEmailKey,
} from "@ghorfa/schemas";
import { searchTextOf } from "../services/member-search";
import type {
  agreementChambers,
  agreements,
  chambers,
  events,
  holidayAnnouncements,
  labelApplications,
  labelNumbers,
  labelSchemes,
  leases,
  members,
  payments,
  registrations,
  serviceRequests,
  services,
  units,
} from "./schema";

// One function per table: the typed columns derived from the entity, beside the entity itself.
// Services and the seed write through these, so the columns can never disagree with `data`.

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export function chamberRow(chamber: Chamber): Insert<typeof chambers> {
  return { id: chamber.id, data: chamber };
}

export function memberRow(member: Member) {
  const searchText = searchTextOf(member);
  return {
    id: member.id,
    chamberId: member.chamberId,
    status: member.status,
    section: member.section,
    ice: member.identifiers.ice,
    city: fold(member.address.city),
    labels: member.labels.map((label) => label.code),
    searchText: searchText.full,
    publicSearchText: searchText.public,
    data: member,
    createdAt: new Date(member.createdAt),
    updatedAt: new Date(member.updatedAt),
  } satisfies Insert<typeof members>;
}

export function unitRow(unit: Unit) {
  return {
    id: unit.id,
    chamberId: unit.chamberId,
    building: unit.building.code,
    code: unit.code,
    kind: unit.kind,
    data: unit,
  } satisfies Insert<typeof units>;
}

export function leaseRow(lease: Lease) {
  return {
    id: lease.id,
    chamberId: lease.chamberId,
    tenantId: lease.tenantId,
    unitId: lease.unitId,
    status: lease.status,
    data: lease,
    createdAt: new Date(lease.createdAt),
    updatedAt: new Date(lease.updatedAt),
  } satisfies Insert<typeof leases>;
}

export function paymentRow(payment: LeasePayment) {
  return {
    id: payment.id,
    chamberId: payment.chamberId,
    leaseId: payment.leaseId,
    receiptNumber: payment.receiptNumber,
    data: payment,
  } satisfies Insert<typeof payments>;
}

export function agreementRow(agreement: Agreement) {
  return {
    id: agreement.id,
    chamberId: chamberOfId(agreement.id) as ChamberId,
    status: agreement.status,
    data: agreement,
    createdAt: new Date(agreement.createdAt),
    updatedAt: new Date(agreement.updatedAt),
  } satisfies Insert<typeof agreements>;
}

/**
 * The federation chambers that see `agreement`: every one named among its parties. `agreement`
 * is as `publisher` sees it: its `published` is that chamber's choice, and no other party's list
 * is published by it.
 */
export function agreementChamberRows(
  agreement: Agreement,
  publisher: ChamberId = chamberOfId(agreement.id) as ChamberId,
): Insert<typeof agreementChambers>[] {
  return partyChambers(agreement).map((chamberId) => ({
    agreementId: agreement.id,
    chamberId: chamberId as ChamberId,
    published: chamberId === publisher && agreement.published,
  }));
}

// services platform (issue 13)

export function serviceRow(service: Service) {
  return {
    id: service.id,
    chamberId: service.chamberId,
    code: service.code,
    active: service.active,
    data: service,
    createdAt: new Date(service.createdAt),
    updatedAt: new Date(service.updatedAt),
  } satisfies Insert<typeof services>;
}

export function serviceRequestRow(request: ServiceRequest) {
  return {
    id: request.id,
    chamberId: request.chamberId,
    serviceId: request.serviceId,
    memberId: request.memberId ?? null,
    status: request.status,
    submittedOn: request.submittedOn,
    dueOn: request.dueOn,
    deliveredOn: request.deliveredOn ?? null,
    data: request,
    createdAt: new Date(request.createdAt),
    updatedAt: new Date(request.updatedAt),
  } satisfies Insert<typeof serviceRequests>;
}

export function holidayAnnouncementRow(announcement: HolidayAnnouncement) {
  return {
    chamberId: announcement.chamberId,
    date: announcement.date,
    data: announcement,
  } satisfies Insert<typeof holidayAnnouncements>;
}

// events (issue 13)
export function eventRow(event: Event) {
  return {
    id: event.id,
    chamberId: chamberOfId(event.id) as ChamberId,
    status: event.status,
    isPublic: event.isPublic,
    endDate: event.dates.end,
    data: event,
    createdAt: new Date(event.createdAt),
    updatedAt: new Date(event.updatedAt),
  } satisfies Insert<typeof events>;
}

export function registrationRow(registration: Registration) {
  return {
    id: registration.id,
    chamberId: chamberOfId(registration.id) as ChamberId,
    eventId: registration.eventId,
    status: registration.status,
    email: registrationEmailKey(registration.participant.person.email),
    data: registration,
    createdAt: new Date(registration.createdAt),
    updatedAt: new Date(registration.updatedAt),
  } satisfies Insert<typeof registrations>;
}

// labels (issue 13)

export function labelSchemeRow(scheme: LabelScheme) {
  return {
    id: scheme.id,
    chamberId: chamberOfId(scheme.id) as ChamberId,
    code: scheme.code,
    data: scheme,
    createdAt: new Date(scheme.createdAt),
    updatedAt: new Date(scheme.updatedAt),
  } satisfies Insert<typeof labelSchemes>;
}

/** The row of `application`, a scheme of code `schemeCode`: the status's inputs beside the record. */
export function labelApplicationRow(application: LabelApplication, schemeCode: string) {
  const inputs = labelStatusInputs(application);
  return {
    id: application.id,
    chamberId: chamberOfId(application.id) as ChamberId,
    schemeId: application.schemeId,
    schemeCode,
    memberId: application.memberId,
    category: application.category,
    lastDecision: inputs.lastDecision ?? null,
    hasAudit: inputs.hasAudit,
    validUntil: inputs.validUntil ?? null,
    data: application,
    createdAt: new Date(application.createdAt),
    updatedAt: new Date(application.updatedAt),
  } satisfies Insert<typeof labelApplications>;
}

/** The numbers `application` was granted, each pointing back to it. */
export function labelNumberRows(application: LabelApplication) {
  return application.decisions
    .filter((d): d is GrantedDecision => d.kind === "granted")
    .map(
      (grant) =>
        ({
          chamberId: chamberOfId(application.id) as ChamberId,
          number: grant.labelNumber,
          applicationId: application.id,
        }) satisfies Insert<typeof labelNumbers>,
    );
}
