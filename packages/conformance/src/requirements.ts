import type { CheckName } from "./report";

/**
 * Every requirement the kit knows, by id. Ids are stable and are NEVER renumbered or reused: a
 * chamber's expected-failures file and its CI history name them. A requirement that is dropped
 * keeps its id retired; a new one takes the next free number of its area.
 */
export const REQUIREMENT_IDS = [
  "GH-ROUTE-001",
  "GH-SCHEMA-001",
  "GH-SCHEMA-002",
  "GH-SCHEMA-003",
  "GH-SCHEMA-004",
  "GH-PROBLEM-001",
  "GH-PROBLEM-002",
  "GH-I18N-001",
  "GH-VERSION-001",
  "GH-PAGE-001",
  "GH-PAGE-002",
  "GH-PAGE-003",
  "GH-PAGE-004",
  "GH-IDEM-001",
  "GH-IDEM-002",
  "GH-IDEM-003",
  "GH-IDEM-004",
  "GH-ETAG-001",
  "GH-ETAG-002",
  "GH-ETAG-003",
  "GH-TENANT-001",
  "GH-SCOPE-001",
  "GH-RATE-001",
  "GH-DOMAIN-001",
  "GH-DOMAIN-002",
  "GH-PROP-001",
  "GH-PROP-002",
  "GH-PROP-003",
  "GH-PROP-004",
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

export const AREAS = [
  "ROUTE",
  "SCHEMA",
  "PROBLEM",
  "I18N",
  "VERSION",
  "PAGE",
  "IDEM",
  "ETAG",
  "TENANT",
  "SCOPE",
  "RATE",
  "DOMAIN",
  "PROP",
] as const;
export type Area = (typeof AREAS)[number];

/** MUST fails a run; SHOULD is reported and never changes the exit code. */
export type Level = "MUST" | "SHOULD";
/** `core` runs on any node; `full` adds the slow and the concurrent requirements. */
export type Profile = "core" | "full";

export interface RequirementSpec {
  readonly level: Level;
  readonly profile: Profile;
  readonly title: string;
  readonly expects: string;
}

export interface Requirement extends RequirementSpec {
  readonly id: RequirementId;
  readonly area: Area;
}

/** The table, typed against the union of ids (as tRPC types its error codes): none missing, none extra. */
const TABLE: { readonly [K in RequirementId]: RequirementSpec } = {
  "GH-ROUTE-001": {
    level: "MUST",
    profile: "core",
    title: "Every route answers",
    expects: "Each operation of the served OpenAPI document answers with a status it documents.",
  },
  "GH-SCHEMA-001": {
    level: "MUST",
    profile: "core",
    title: "Each answer matches the schema of its status",
    expects: "The body validates (ajv, JSON Schema 2020-12) against the published schema for its status.",
  },
  "GH-SCHEMA-002": {
    level: "MUST",
    profile: "core",
    title: "Statuses are documented",
    expects: "Every status an operation answers is one the document lists for it.",
  },
  "GH-SCHEMA-003": {
    level: "MUST",
    profile: "core",
    title: "Content types are documented",
    expects:
      "The Content-Type of an answer is one documented for its status, and no body comes where none is.",
  },
  "GH-SCHEMA-004": {
    level: "MUST",
    profile: "core",
    title: "Documented headers are present and valid",
    expects: "A required response header is present and matches its schema (ETag, Retry-After…).",
  },
  "GH-PROBLEM-001": {
    level: "MUST",
    profile: "core",
    title: "Errors are problem+json",
    expects: "Every 4xx and 5xx answer is application/problem+json whose status is the answer's.",
  },
  "GH-PROBLEM-002": {
    level: "MUST",
    profile: "core",
    title: "Problems use the contract's kinds",
    expects: "A problem's type is one of the contract's problem kinds under its base URI.",
  },
  "GH-I18N-001": {
    level: "SHOULD",
    profile: "core",
    title: "Localized titles follow Accept-Language",
    expects:
      "A problem's title is in the language asked (ar-MA, fr-MA, en, zgh) and says which in Content-Language.",
  },
  "GH-VERSION-001": {
    level: "MUST",
    profile: "core",
    title: "Ghorfa-Version is negotiated",
    expects: "A supported Ghorfa-Version is echoed; an unsupported one is refused with a problem.",
  },
  "GH-PAGE-001": {
    level: "MUST",
    profile: "core",
    title: "Pagination repeats nothing",
    expects: "Walking a list's cursors never returns an item twice.",
  },
  "GH-PAGE-002": {
    level: "MUST",
    profile: "core",
    title: "Pagination skips nothing",
    expects: "Walking a list's cursors returns every item the list holds.",
  },
  "GH-PAGE-003": {
    level: "MUST",
    profile: "full",
    title: "Pagination is stable under concurrent inserts",
    expects: "Items inserted during a walk neither repeat nor hide the items that were there before it.",
  },
  "GH-PAGE-004": {
    level: "MUST",
    profile: "core",
    title: "A cursor of one chamber is refused in another",
    expects:
      "A cursor issued to one chamber's key is refused with a 4xx problem for another chamber, and a malformed cursor with 400 problem+json.",
  },
  "GH-IDEM-001": {
    level: "MUST",
    profile: "core",
    title: "Idempotent replay",
    expects:
      "A write sent again with the same Idempotency-Key and body gets the same answer, and changes nothing more.",
  },
  "GH-IDEM-002": {
    level: "MUST",
    profile: "core",
    title: "The same key with another body is refused",
    expects: "Reusing an Idempotency-Key with a different body is refused with a 4xx problem.",
  },
  "GH-IDEM-003": {
    level: "MUST",
    profile: "full",
    title: "Concurrent duplicates make one record",
    expects: "Concurrent writes with one Idempotency-Key create one record and answer alike.",
  },
  "GH-IDEM-004": {
    level: "MUST",
    profile: "core",
    title: "Idempotency keys are never shared between chambers",
    expects:
      "The same Idempotency-Key under a key of another chamber never replays the first answer (the keys of one chamber share theirs, as the contract says).",
  },
  "GH-ETAG-001": {
    level: "MUST",
    profile: "core",
    title: "Records carry an ETag",
    expects: "A read of an updatable record answers an ETag that changes when the record does.",
  },
  "GH-ETAG-002": {
    level: "MUST",
    profile: "core",
    title: "A stale If-Match is refused with 412",
    expects: "An update whose If-Match is not the current ETag is refused with 412 and changes nothing.",
  },
  "GH-ETAG-003": {
    level: "MUST",
    profile: "core",
    title: "A missing If-Match is refused with 428",
    expects: "An update without If-Match is refused with 428 and changes nothing.",
  },
  "GH-TENANT-001": {
    level: "MUST",
    profile: "core",
    title: "A key of one chamber reaches nothing of another",
    expects:
      "Reads and writes of another chamber's records with a chamber's key answer 404 (or 403), never the record (a public-view read shows only its public view).",
  },
  "GH-SCOPE-001": {
    level: "MUST",
    profile: "core",
    title: "Scopes are enforced",
    expects:
      "A key without the scope a route requires is refused with 403 problem+json (a public-view read shows only its public view).",
  },
  "GH-RATE-001": {
    level: "SHOULD",
    profile: "core",
    title: "Rate-limit headers",
    expects: "Answers carry the rate-limit headers, and a 429 carries Retry-After.",
  },
  "GH-DOMAIN-001": {
    level: "MUST",
    profile: "full",
    title: "Receipt numbers have no gap",
    expects: "A chamber's receipt numbers of one series and year follow each other without a gap.",
  },
  "GH-DOMAIN-002": {
    level: "MUST",
    profile: "full",
    title: "The rent roll is the sum of each lease's rent due",
    expects: "The rent roll's total equals the sum of the rent due of each lease it lists, to the centime.",
  },
  "GH-PROP-001": {
    level: "MUST",
    profile: "core",
    title: "Invalid requests get a 4xx problem",
    expects: "A request that breaks the document is refused with a 4xx application/problem+json.",
  },
  "GH-PROP-002": {
    level: "MUST",
    profile: "core",
    title: "Valid requests never get a 5xx",
    expects: "No request valid per the document is answered with a 5xx.",
  },
  "GH-PROP-003": {
    level: "SHOULD",
    profile: "core",
    title: "Valid requests are accepted",
    expects:
      "A request valid per the document is not refused for its shape (400/422) or for the key given (401/403).",
  },
  "GH-PROP-004": {
    level: "MUST",
    profile: "core",
    title: "The node survives the run",
    expects: "After the property phase the node still answers its first parameterless GET.",
  },
};

const areaOf = (id: RequirementId) => id.split("-")[1] as Area;

/** Every requirement, in id order of the table. */
export const REQUIREMENTS: readonly Requirement[] = REQUIREMENT_IDS.map((id) => ({
  id,
  area: areaOf(id),
  ...TABLE[id],
}));

export function isRequirementId(value: string): value is RequirementId {
  return (REQUIREMENT_IDS as readonly string[]).includes(value);
}

export function requirement(id: RequirementId): Requirement {
  return { id, area: areaOf(id), ...TABLE[id] };
}

/** The requirement each check of the property phase proves (src/report.ts CHECKS). */
export const CHECK_REQUIREMENTS: { readonly [K in CheckName]: RequirementId } = {
  not_a_server_error: "GH-PROP-002",
  status_code_conformance: "GH-SCHEMA-002",
  content_type_conformance: "GH-SCHEMA-003",
  response_schema_conformance: "GH-SCHEMA-001",
  response_headers_conformance: "GH-SCHEMA-004",
  positive_data_acceptance: "GH-PROP-003",
  negative_data_rejection: "GH-PROP-001",
  idempotent_replay: "GH-IDEM-001",
  still_alive: "GH-PROP-004",
};
