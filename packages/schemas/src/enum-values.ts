// The wire values of the domain's closed sets, free of zod: what a page that only lists or labels
// them (a filter, a form's choices) imports, through `@ghorfa/schemas/enum-values`, without loading
// the schemas. `enums.ts` makes each one a schema. Values are lowercase snake_case and never change
// meaning once released: removing one is a breaking change for every chamber that stored it.

export const SECTIONS = ["commerce", "industry", "services"] as const;

export const LEGAL_FORMS = [
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
] as const;

export const MEMBER_STATUSES = ["pending", "active", "suspended", "struck_off"] as const;

export const OFFICE_KINDS = ["seat", "annex", "abroad"] as const;

export const BUREAU_POSTS = [
  "president",
  "vice_president",
  "secretary",
  "assistant_secretary",
  "treasurer",
  "assistant_treasurer",
  "director",
] as const;

export const DIGITAL_SERVICE_KINDS = ["erp", "mobile_app", "portal", "e_service"] as const;

export const INDICATOR_KINDS = [
  "clean_energy_share",
  "monthly_rent_income",
  "entry_fees_collected",
  "members_count",
] as const;

export const UNIT_KINDS = [
  "office",
  "shop",
  "workshop",
  "storage",
  "meeting_room",
  "restaurant",
  "kiosk",
] as const;

export const UNIT_STATUSES = ["available", "leased", "reserved", "unavailable"] as const;

export const LEASE_STATUSES = ["draft", "active", "expired", "terminated", "cancelled"] as const;

export const LEGAL_REGIMES = [
  "law_49_16",
  "law_67_12",
  "public_domain_occupation",
  "obligations_contracts_code",
] as const;

export const PREMISES_USES = ["commercial", "professional", "industrial", "housing"] as const;

export const PAYMENT_KINDS = ["rent", "entry_fee", "deposit", "charges"] as const;

export const PAYMENT_METHODS = [
  "cash",
  "cheque",
  "bank_transfer",
  "card",
  "direct_debit",
  "bill_of_exchange",
] as const;

export const AGREEMENT_KINDS = [
  "convention",
  "mou",
  "framework_agreement",
  "twinning",
  "partnership",
] as const;

export const AGREEMENT_DOMAINS = [
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
] as const;

export const AGREEMENT_STATUSES = [
  "draft",
  "negotiation",
  "signed",
  "in_force",
  "expired",
  "terminated",
] as const;

export const PARTY_KINDS = [
  "federation_chamber",
  "foreign_chamber",
  "federation",
  "ministry",
  "regional_council",
  "commune",
  "public_institution",
  "enterprise",
] as const;

export const PARTY_ROLES = ["signatory", "lead", "partner", "funder", "witness"] as const;

export const COMMITMENT_STATUSES = ["planned", "in_progress", "done", "late", "cancelled"] as const;

// The proximity services platform.

export const SERVICE_CATEGORIES = [
  "formalities_certificates",
  "training",
  "enterprise_support",
  "domiciliation",
  "information",
  "events",
] as const;

export const SERVICE_AUDIENCES = ["members_only", "anyone"] as const;

export const SERVICE_CHANNELS = ["counter", "online", "both"] as const;

export const SERVICE_REQUEST_STATUSES = [
  "submitted",
  "in_review",
  "needs_information",
  "approved",
  "delivered",
  "rejected",
  "withdrawn",
] as const;

export const HOLIDAY_BASES = ["fixed", "official", "announced", "approximate"] as const;

// The quality label programme.

export const PRODUCT_CATEGORIES = [
  "argan_oil",
  "amlou",
  "saffron",
  "honey",
  "dates",
  "cactus",
  "olive_oil",
  "aromatic_plants",
  "other",
] as const;

export const LABEL_APPLICATION_STATUSES = [
  "submitted",
  "under_audit",
  "granted",
  "refused",
  "suspended",
  "withdrawn",
  "expired",
] as const;

export const LABEL_DECISION_KINDS = ["granted", "refused", "suspended", "reinstated", "withdrawn"] as const;

// Events and registrations.

export const EVENT_STATUSES = ["draft", "published", "cancelled", "completed"] as const;

export const EVENT_AUDIENCES = ["members_only", "anyone"] as const;

export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "cancelled", "attended"] as const;

export const PARTICIPANT_KINDS = ["member_staff", "outside"] as const;
