import * as z from "zod";

// Wire values are lowercase snake_case and never change meaning once released:
// removing one is a breaking change for every chamber that stored it.

export const Section = z.enum(["commerce", "industry", "services"]);
export type Section = z.infer<typeof Section>;

export const LegalForm = z.enum([
  "sarl",
  "sarl_au",
  "sa",
  "sas",
  "snc",
  "scs",
  "sca",
  "natural_person",
  "auto_entrepreneur",
  "cooperative",
  "gie",
  "public_establishment",
  "association",
  "branch",
]);
export type LegalForm = z.infer<typeof LegalForm>;

export const MemberStatus = z.enum(["pending", "active", "suspended", "struck_off"]);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const OfficeKind = z.enum(["seat", "annex", "abroad"]);
export type OfficeKind = z.infer<typeof OfficeKind>;

export const BureauPost = z.enum([
  "president",
  "vice_president",
  "secretary",
  "assistant_secretary",
  "treasurer",
  "assistant_treasurer",
  "director",
]);
export type BureauPost = z.infer<typeof BureauPost>;

export const DigitalServiceKind = z.enum(["erp", "mobile_app", "portal", "e_service"]);
export type DigitalServiceKind = z.infer<typeof DigitalServiceKind>;

export const IndicatorKind = z.enum([
  "clean_energy_share",
  "monthly_rent_income",
  "entry_fees_collected",
  "members_count",
]);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const UnitKind = z.enum([
  "office",
  "shop",
  "workshop",
  "storage",
  "meeting_room",
  "restaurant",
  "kiosk",
]);
export type UnitKind = z.infer<typeof UnitKind>;

/** Whether a unit can be let; `leased` is a convenience, the leases are the source of truth. */
export const UnitStatus = z.enum(["available", "leased", "reserved", "unavailable"]);
export type UnitStatus = z.infer<typeof UnitStatus>;

export const LeaseStatus = z.enum(["draft", "active", "expired", "terminated", "cancelled"]);
export type LeaseStatus = z.infer<typeof LeaseStatus>;

/** The law a lease falls under; loi 49-16 excludes the public domain, so this is data, not a constant. */
export const LegalRegime = z.enum([
  "law_49_16",
  "law_67_12",
  "public_domain_occupation",
  "obligations_contracts_code",
]);
export type LegalRegime = z.infer<typeof LegalRegime>;

/** What the premises are used for; it sets the rent revision cap of loi 07-03. */
export const PremisesUse = z.enum(["commercial", "professional", "industrial", "housing"]);
export type PremisesUse = z.infer<typeof PremisesUse>;

export const PaymentKind = z.enum(["rent", "entry_fee", "deposit", "charges"]);
export type PaymentKind = z.infer<typeof PaymentKind>;

export const PaymentMethod = z.enum([
  "cash",
  "cheque",
  "bank_transfer",
  "card",
  "direct_debit",
  "bill_of_exchange",
]);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const AgreementKind = z.enum(["convention", "mou", "framework_agreement", "twinning", "partnership"]);
export type AgreementKind = z.infer<typeof AgreementKind>;

export const AgreementDomain = z.enum([
  "maritime_transport",
  "logistics",
  "tourism",
  "trade_promotion",
  "investment",
  "training",
  "quality_labels",
  "energy",
  "industry",
  "agriculture",
  "digital",
  "employment",
]);
export type AgreementDomain = z.infer<typeof AgreementDomain>;

export const AgreementStatus = z.enum([
  "draft",
  "negotiation",
  "signed",
  "in_force",
  "expired",
  "terminated",
]);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const PartyKind = z.enum([
  "federation_chamber",
  "foreign_chamber",
  "federation",
  "ministry",
  "regional_council",
  "commune",
  "public_institution",
  "enterprise",
]);
export type PartyKind = z.infer<typeof PartyKind>;

export const PartyRole = z.enum(["signatory", "lead", "partner", "funder", "witness"]);
export type PartyRole = z.infer<typeof PartyRole>;

export const CommitmentStatus = z.enum(["planned", "in_progress", "done", "late", "cancelled"]);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;
