import type {
  AccountRole,
  Agreement,
  AgreementStatus,
  Chamber,
  ChamberId,
  Event,
  EventStatus,
  HolidayAnnouncement,
  LabelApplication,
  LabelDecisionKind,
  LabelScheme,
  Lease,
  LeasePayment,
  LeaseStatus,
  Member,
  MemberStatus,
  Registration,
  RegistrationStatus,
  Section,
  Service,
  ServiceId,
  ServiceRequest,
  ServiceRequestStatus,
  Unit,
  UnitKind,
} from "@ghorfa/schemas";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// Entities keep typed columns for what queries filter, sort, join or lock on, and the whole
// entity, as @ghorfa/schemas defines it, in `data` (jsonb). The zod schemas stay the one
// definition of an entity's shape: a new optional field needs no migration, nested parts
// (localized names, addresses, parties, commitments) need no join, and a read hands `data` back
// as it was validated on the way in. Columns and `data` are written together (src/db/rows.ts),
// never apart.

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** Incremented on every update; the HTTP layer turns it into the ETag. */
const version = () => integer("version").notNull().default(1);

/** The chambers this node hosts. */
export const chambers = pgTable("chambers", {
  id: text("id").$type<ChamberId>().primaryKey(),
  data: jsonb("data").$type<Chamber>().notNull(),
  /**
   * The first month (`YYYY-MM`) whose payments this node holds, when the chamber's books were
   * taken over mid-way: arrears leave earlier months out. Null when the books are complete.
   */
  booksSince: text("books_since"),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const members = pgTable(
  "members",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    status: text("status").$type<MemberStatus>().notNull(),
    section: text("section").$type<Section>().notNull(),
    /** A chamber holds one member per ICE. */
    ice: text("ice").notNull(),
    /** fold() of the city, so a filter matches however the city was typed. */
    city: text("city"),
    labels: text("labels").array().notNull().default(sql`'{}'::text[]`),
    /** fold() of names, trade name, activity, city and ICE, for `q` through a trigram index. */
    searchText: text("search_text").notNull(),
    /**
     * fold() of what the public view shows of those (no ICE): the public directory's `q` looks
     * here, so repeated searches cannot rebuild a field the public never sees.
     */
    publicSearchText: text("public_search_text").notNull(),
    data: jsonb("data").$type<Member>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Pages are keyset pages on (chamber_id, id): one index walk per page.
    uniqueIndex("members_chamber_id_id_idx").on(t.chamberId, t.id),
    uniqueIndex("members_chamber_ice_idx").on(t.chamberId, t.ice),
    index("members_chamber_status_idx").on(t.chamberId, t.status),
    index("members_chamber_section_idx").on(t.chamberId, t.section),
    index("members_chamber_city_idx").on(t.chamberId, t.city),
    // GIN indexes with fastupdate off: new entries go straight into the index rather than into a
    // pending list that every search scans until VACUUM merges it (PGlite runs no autovacuum).
    index("members_labels_idx").using("gin", t.labels).with({ fastupdate: false }),
    index("members_search_trgm_idx")
      .using("gin", t.searchText.op("gin_trgm_ops"))
      .with({ fastupdate: false }),
    index("members_public_search_trgm_idx")
      .using("gin", t.publicSearchText.op("gin_trgm_ops"))
      .with({ fastupdate: false }),
  ],
);

export const units = pgTable(
  "units",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    /** The building's code (`CMS`): unit codes repeat from one building to the next. */
    building: text("building").notNull(),
    code: text("code").notNull(),
    kind: text("kind").$type<UnitKind>().notNull(),
    data: jsonb("data").$type<Unit>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("units_chamber_id_id_idx").on(t.chamberId, t.id),
    uniqueIndex("units_chamber_building_code_idx").on(t.chamberId, t.building, t.code),
  ],
);

export const leases = pgTable(
  "leases",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    /** The lease's `tenantId`: the member who rents the unit. */
    tenantId: text("tenant_id")
      .notNull()
      .references(() => members.id),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    status: text("status").$type<LeaseStatus>().notNull(),
    data: jsonb("data").$type<Lease>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("leases_chamber_id_id_idx").on(t.chamberId, t.id),
    index("leases_tenant_idx").on(t.tenantId),
    index("leases_unit_idx").on(t.unitId),
  ],
);

/** Payments are never updated: a correction is a new payment, so the receipts stay as issued. */
export const payments = pgTable(
  "payments",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id),
    /** `YYYY-NNNNNN`, continuous per chamber and year (CGI art. 145-III). */
    receiptNumber: text("receipt_number").notNull(),
    data: jsonb("data").$type<LeasePayment>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("payments_chamber_receipt_idx").on(t.chamberId, t.receiptNumber),
    index("payments_lease_idx").on(t.leaseId, t.id),
  ],
);

/** The last receipt number issued per chamber and year; updated in the payment's transaction. */
export const receiptCounters = pgTable(
  "receipt_counters",
  {
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.chamberId, t.year] })],
);

/**
 * The last number issued per chamber, document series (`CO`, `SM`…) and year, for the documents
 * a chamber issues (certificates, attestations, labels); updated in the issuing transaction, so
 * each series runs from 1 without gaps and no number is given twice.
 */
export const documentCounters = pgTable(
  "document_counters",
  {
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    series: text("series").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.chamberId, t.series, t.year] })],
);

/** An agreement is one row whoever the parties are; `agreement_chambers` says who sees it. */
export const agreements = pgTable("agreements", {
  id: text("id").primaryKey(),
  /** The chamber that recorded it (the chamber in its id). */
  chamberId: text("chamber_id").$type<ChamberId>().notNull(),
  status: text("status").$type<AgreementStatus>().notNull(),
  /** As the recording chamber sees it (its own `published`); each party's is in `agreement_chambers`. */
  data: jsonb("data").$type<Agreement>().notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Every federation chamber that is a party to an agreement. No foreign key to `chambers`: a
 * party chamber hosted elsewhere today may be hosted here tomorrow, and then sees its agreements.
 */
export const agreementChambers = pgTable(
  "agreement_chambers",
  {
    agreementId: text("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    chamberId: text("chamber_id").$type<ChamberId>().notNull(),
    /**
     * Whether the agreement is in this chamber's public list. Each party chamber decides for its
     * own list: another party publishing it never publishes it here.
     */
    published: boolean("published").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.chamberId, t.agreementId] }),
    index("agreement_chambers_agreement_idx").on(t.agreementId),
    index("agreement_chambers_published_idx").on(t.chamberId, t.published, t.agreementId),
  ],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    name: text("name").notNull(),
    /** sha256 (hex) of the secret; the secret itself is never stored. */
    secretHash: text("secret_hash").notNull(),
    /** The first characters of the secret, to recognise a key in a list. */
    prefix: text("prefix").notNull(),
    scopes: text("scopes").array().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_keys_secret_hash_idx").on(t.secretHash),
    index("api_keys_chamber_idx").on(t.chamberId),
    // A stored key belongs to one chamber and never manages keys: `admin` is the operator's
    // alone. Keys revoked before that rule keep the scopes they had, for the record.
    check("api_keys_no_admin_check", sql`${t.revokedAt} is not null or not ('admin' = any(${t.scopes}))`),
  ],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    /** Whose key it is: `chamber:<id>` for any key of a chamber, `admin` for the operator. */
    owner: text("owner").notNull(),
    method: text("method").notNull(),
    /** The route pattern and its parameters as sent, e.g. `/chambers/ma-09/members`. */
    route: text("route").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    /** `withheld`: done, but the answer showed a secret, so its body is not kept. */
    status: text("status").$type<"in_progress" | "done" | "withheld">().notNull(),
    responseStatus: integer("response_status"),
    /** The body as the JSON text that was sent, so that a replay is the same bytes. */
    responseBody: text("response_body"),
    responseHeaders: jsonb("response_headers").$type<Record<string, string>>(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.owner, t.method, t.route, t.key] }),
    index("idempotency_keys_created_idx").on(t.createdAt),
    check("idempotency_keys_status_check", sql`${t.status} in ('in_progress', 'done', 'withheld')`),
  ],
);

/** Fixed windows per key: one row per key and window, counted with an upsert. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    keyId: text("key_id").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.keyId, t.windowStart] }),
    index("rate_limits_window_idx").on(t.windowStart),
  ],
);

/** Facts about this node's database, such as when the demo data was seeded. */

// events (issue 13)
/** An event of a chamber. Registrations lock its row to count seats, so no two take the last one. */
export const events = pgTable(
  "events",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    status: text("status").$type<EventStatus>().notNull(),
    isPublic: boolean("is_public").notNull(),
    /** The event's last day (`YYYY-MM-DD`), for the upcoming events. */
    endDate: text("end_date").notNull(),
    data: jsonb("data").$type<Event>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("events_chamber_idx").on(t.chamberId, t.id),
    index("events_upcoming_idx").on(t.chamberId, t.status, t.isPublic, t.endDate),
  ],
);

/**
 * A registration to an event. `email` is the participant's address as `registrationEmailKey`
 * folds it: one registration that is not cancelled per address and event, which the unique index
 * also guards.
 */
export const registrations = pgTable(
  "registrations",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id").$type<ChamberId>().notNull(),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    status: text("status").$type<RegistrationStatus>().notNull(),
    email: text("email").notNull(),
    data: jsonb("data").$type<Registration>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("registrations_event_idx").on(t.eventId, t.status, t.id),
    uniqueIndex("registrations_event_email_idx")
      .on(t.eventId, t.email)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);
export const nodeMeta = pgTable("node_meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  createdAt: createdAt(),
});

// services platform (issue 13)

/** A chamber's service catalogue; `code` is the chamber's own, unique within it. */
export const services = pgTable(
  "services",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    code: text("code").notNull(),
    active: boolean("active").notNull(),
    data: jsonb("data").$type<Service>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("services_chamber_id_id_idx").on(t.chamberId, t.id),
    uniqueIndex("services_chamber_code_idx").on(t.chamberId, t.code),
  ],
);

/**
 * Requests for services. The dates the reports read (`submitted_on`, `due_on`, `delivered_on`,
 * `YYYY-MM-DD` text, which sorts as dates do) are columns beside `data`.
 */
export const serviceRequests = pgTable(
  "service_requests",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    serviceId: text("service_id")
      .$type<ServiceId>()
      .notNull()
      .references(() => services.id),
    memberId: text("member_id").references(() => members.id),
    status: text("status").$type<ServiceRequestStatus>().notNull(),
    submittedOn: text("submitted_on").notNull(),
    dueOn: text("due_on").notNull(),
    deliveredOn: text("delivered_on"),
    data: jsonb("data").$type<ServiceRequest>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("service_requests_chamber_id_id_idx").on(t.chamberId, t.id),
    index("service_requests_service_idx").on(t.serviceId),
    index("service_requests_member_idx").on(t.memberId),
    index("service_requests_chamber_submitted_idx").on(t.chamberId, t.submittedOn),
    index("service_requests_chamber_delivered_idx").on(t.chamberId, t.deliveredOn),
  ],
);

/** Holiday dates a chamber entered as announced (an Eid's first day, an exceptional day off). */
export const holidayAnnouncements = pgTable(
  "holiday_announcements",
  {
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    date: text("date").notNull(),
    data: jsonb("data").$type<HolidayAnnouncement>().notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.chamberId, t.date] })],
);

// labels (issue 13)

/** A chamber's label schemes; a code is unique within the chamber, as members' labels name it. */
export const labelSchemes = pgTable(
  "label_schemes",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    code: text("code").notNull(),
    data: jsonb("data").$type<LabelScheme>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("label_schemes_chamber_code_idx").on(t.chamberId, t.code),
    uniqueIndex("label_schemes_chamber_id_id_idx").on(t.chamberId, t.id),
  ],
);

/**
 * Applications with their audits and decisions in `data`. The columns after `category` are what
 * the status depends on (`labelStatusInputs` of @ghorfa/schemas), written with `data` by one
 * function (rows.ts), so a list filters on the status of any day without reading `data`.
 */
export const labelApplications = pgTable(
  "label_applications",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    schemeId: text("scheme_id")
      .notNull()
      .references(() => labelSchemes.id),
    /** The scheme's code, which members' labels carry: the member list filters on it. */
    schemeCode: text("scheme_code").notNull(),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id),
    category: text("category").notNull(),
    lastDecision: text("last_decision").$type<LabelDecisionKind>(),
    hasAudit: boolean("has_audit").notNull(),
    /** The last valid day (`YYYY-MM-DD`) of the current grant; ISO days compare as text. */
    validUntil: text("valid_until"),
    /** `data.status` is the status as of the write; a read derives it again for its own day. */
    data: jsonb("data").$type<LabelApplication>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("label_applications_chamber_id_id_idx").on(t.chamberId, t.id),
    index("label_applications_member_idx").on(t.memberId),
    // The members holding a label: the member list's `label` filter walks this.
    index("label_applications_holders_idx").on(t.chamberId, t.schemeCode, t.validUntil, t.memberId),
  ],
);

/** Every label number a chamber issued, to the application it was granted to: what verification reads. */
export const labelNumbers = pgTable(
  "label_numbers",
  {
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    number: text("number").notNull(),
    applicationId: text("application_id")
      .notNull()
      .references(() => labelApplications.id),
  },
  (t) => [primaryKey({ columns: [t.chamberId, t.number] })],
);

// one-time tokens (issue 15)

/**
 * Secrets good for one use, sent by e-mail: a password reset, later an invitation. Only the
 * sha256 of a token is stored, as the key, so a copy of the database opens no account.
 */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    /** sha256 (hex) of the token. */
    id: text("id").primaryKey(),
    purpose: text("purpose").notNull(),
    /** Whom or what the token acts for, e.g. an account id. */
    subject: text("subject").notNull(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .references(() => chambers.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    // Issuing a token revokes the subject's earlier ones for the same purpose.
    index("one_time_tokens_subject_idx").on(t.purpose, t.subject),
    index("one_time_tokens_expires_idx").on(t.expiresAt),
    check("one_time_tokens_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

// sign-in (issue 15)
/**
 * The people who sign in to a chamber. Typed columns only (no `data`): an account is a few fields,
 * and its password hash must never travel with the record it is shown as.
 */
export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    /** Lowercase: one address names one account of a chamber. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role").$type<AccountRole>().notNull(),
    memberId: text("member_id").references(() => members.id),
    /** `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`: the parameters travel with the hash, so they may grow. */
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("accounts_chamber_email_idx").on(t.chamberId, t.email),
    check(
      "accounts_role_check",
      sql`${t.role} in ('viewer', 'agent', 'manager', 'admin', 'member') and (${t.role} = 'member') = (${t.memberId} is not null)`,
    ),
  ],
);

/** Sign-in sessions. The id is the SHA-256 of the cookie's token: a leaked table opens no session. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id")
      .notNull()
      .references(() => accounts.id),
    chamberId: text("chamber_id")
      .$type<ChamberId>()
      .notNull()
      .references(() => chambers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_account_idx").on(t.accountId), index("sessions_expires_idx").on(t.expiresAt)],
);
