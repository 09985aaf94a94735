import {
  AgreementId,
  ChamberId,
  DocumentNumber,
  EventId,
  LabelApplicationId,
  LabelSchemeId,
  LeaseId,
  MemberId,
  ReceiptNumber,
  RegistrationId,
  UnitId,
} from "@ghorfa/schemas";
import * as z from "zod";

/** Path parameters, shared by the routes of one chamber. */
export const InChamber = z.object({ chamberId: ChamberId });
export const MemberPath = InChamber.extend({ memberId: MemberId });
export const UnitPath = InChamber.extend({ unitId: UnitId });
export const LeasePath = InChamber.extend({ leaseId: LeaseId });
export const ReceiptPath = InChamber.extend({ receiptNumber: ReceiptNumber });
export const AgreementPath = InChamber.extend({ agreementId: AgreementId });
// events (issue 13)
export const EventPath = InChamber.extend({ eventId: EventId });
export const RegistrationPath = EventPath.extend({ registrationId: RegistrationId });
// labels (issue 13)
export const LabelSchemePath = InChamber.extend({ schemeId: LabelSchemeId });
export const LabelApplicationPath = InChamber.extend({ applicationId: LabelApplicationId });
export const LabelNumberPath = InChamber.extend({ labelNumber: DocumentNumber });
