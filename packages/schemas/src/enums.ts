import * as z from "zod";
import {
  AGREEMENT_DOMAINS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  BUREAU_POSTS,
  COMMITMENT_STATUSES,
  DIGITAL_SERVICE_KINDS,
  INDICATOR_KINDS,
  LEASE_STATUSES,
  LEGAL_FORMS,
  LEGAL_REGIMES,
  MEMBER_STATUSES,
  OFFICE_KINDS,
  PARTY_KINDS,
  PARTY_ROLES,
  PAYMENT_KINDS,
  PAYMENT_METHODS,
  PREMISES_USES,
  SECTIONS,
  UNIT_KINDS,
  UNIT_STATUSES,
} from "./enum-values";

// The schemas of the domain's closed sets; their values are listed once, in `enum-values.ts`.

export const Section = z.enum(SECTIONS);
export type Section = z.infer<typeof Section>;

export const LegalForm = z.enum(LEGAL_FORMS);
export type LegalForm = z.infer<typeof LegalForm>;

export const MemberStatus = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const OfficeKind = z.enum(OFFICE_KINDS);
export type OfficeKind = z.infer<typeof OfficeKind>;

export const BureauPost = z.enum(BUREAU_POSTS);
export type BureauPost = z.infer<typeof BureauPost>;

export const DigitalServiceKind = z.enum(DIGITAL_SERVICE_KINDS);
export type DigitalServiceKind = z.infer<typeof DigitalServiceKind>;

export const IndicatorKind = z.enum(INDICATOR_KINDS);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const UnitKind = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKind>;

/** Whether a unit can be let; `leased` is a convenience, the leases are the source of truth. */
export const UnitStatus = z.enum(UNIT_STATUSES);
export type UnitStatus = z.infer<typeof UnitStatus>;

export const LeaseStatus = z.enum(LEASE_STATUSES);
export type LeaseStatus = z.infer<typeof LeaseStatus>;

/** The law a lease falls under; loi 49-16 excludes the public domain, so this is data, not a constant. */
export const LegalRegime = z.enum(LEGAL_REGIMES);
export type LegalRegime = z.infer<typeof LegalRegime>;

/** What the premises are used for; it sets the rent revision cap of loi 07-03. */
export const PremisesUse = z.enum(PREMISES_USES);
export type PremisesUse = z.infer<typeof PremisesUse>;

export const PaymentKind = z.enum(PAYMENT_KINDS);
export type PaymentKind = z.infer<typeof PaymentKind>;

export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const AgreementKind = z.enum(AGREEMENT_KINDS);
export type AgreementKind = z.infer<typeof AgreementKind>;

export const AgreementDomain = z.enum(AGREEMENT_DOMAINS);
export type AgreementDomain = z.infer<typeof AgreementDomain>;

export const AgreementStatus = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const PartyKind = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof PartyKind>;

export const PartyRole = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRole>;

export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;
