import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ENTITIES } from "../entities";
import { casablancaChamber, soussMassaChamber } from "../fixtures/chambers";
import * as fixtures from "../fixtures";
import { casablancaMembers, soussMassaMembers } from "../fixtures/members";
import { fixtureId } from "../ids/ids";
import { labelVerification } from "../labels/label-rules";
import { soussMassa } from "../fixtures";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { entityJsonSchema } from "./json-schema";
import { PACKAGE_VERSION } from "../testing/package-version";
import { toMemberPublic } from "../members/member";
import { REGIONS } from "../chambers/region";

// The JSON Schemas must agree with zod on every fixture and on the invalid cases JSON Schema can
// express; the ones it cannot are listed here and in the README, and this test keeps both honest.

const strictAjv = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
};
const ajv = strictAjv();
const validators = new Map(ENTITIES.map((e) => [e.name, ajv.compile(entityJsonSchema(e, PACKAGE_VERSION))]));
const validate = (entity: string, value: unknown) => {
  const check = validators.get(entity);
  if (!check) throw new Error(`No entity ${entity}`);
  return check(value);
};
const zodAccepts = (entity: string, value: unknown) =>
  ENTITIES.find((e) => e.name === entity)?.schema.safeParse(value).success;

const members = [...soussMassaMembers, ...casablancaMembers];

/** Demo sets assembled in fixtures/index.ts (`{ chamber, members, units, … }`), whatever their names. */
const demoSets = Object.values(fixtures as Record<string, unknown>).filter(
  (v): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && "chamber" in v && "members" in v,
);
const fromDemoSets = (key: string) =>
  demoSets.flatMap((set) => (Array.isArray(set[key]) ? (set[key] as unknown[]) : []));

/** The verification of every label number of the fixtures, as of the fixtures' day. */
function verifications() {
  const [scheme] = soussMassa.labelSchemes;
  return soussMassa.labelApplications.flatMap((app) =>
    app.decisions.flatMap((grant) => {
      const holder = soussMassaMembers.find((m) => m.id === app.memberId);
      if (grant.kind !== "granted" || !scheme || !holder) return [];
      return [labelVerification({ scheme, app, holder, grant, asOf: "2026-01-30" })];
    }),
  );
}

const FIXTURES: Record<string, unknown[]> = {
  region: [...REGIONS],
  chamber: [soussMassaChamber, casablancaChamber],
  member: members,
  "member-public": members.map(toMemberPublic),
  unit: fromDemoSets("units"),
  lease: fromDemoSets("leases"),
  "lease-payment": fromDemoSets("payments"),
  agreement: fromDemoSets("agreements"),
  // labels (issue 13)
  "label-scheme": fromDemoSets("labelSchemes"),
  "label-application": fromDemoSets("labelApplications"),
  "label-verification": verifications(),
  // services platform (issue 13)
  service: fromDemoSets("services"),
  "service-request": fromDemoSets("serviceRequests"),
  // events (issue 13)
  event: fromDemoSets("events"),
  registration: fromDemoSets("registrations"),
};

describe("JSON Schema of every entity", () => {
  it.each(ENTITIES.map((e) => [e.name, e] as const))(
    "%s is a strict 2020-12 schema with a $id naming this release, title and description",
    (_, entity) => {
      const schema = entityJsonSchema(entity, PACKAGE_VERSION);
      expect(schema).toMatchObject({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: `https://cdn.jsdelivr.net/npm/@ghorfa/schemas@${PACKAGE_VERSION}/json-schema/${entity.name}.json`,
        title: entity.title,
        description: expect.stringMatching(/\w/),
      });
      expect(() => strictAjv().compile(schema)).not.toThrow();
    },
  );

  it.each(ENTITIES.map((e) => [e.name] as const))("%s accepts every fixture of its entity", (name) => {
    const values = FIXTURES[name] ?? [];
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(zodAccepts(name, value)).toBe(true);
      expect(validate(name, value), JSON.stringify(validators.get(name)?.errors)).toBe(true);
    }
  });
});

const argan = soussMassaMembers[3];
const souss = soussMassaChamber;
const [seat, ...annexes] = souss.offices;
const withIds = (ids: object) => ({ ...argan, identifiers: { ...argan?.identifiers, ...ids } });

/** Invalid values both zod and JSON Schema reject. */
const REJECTED_BY_BOTH: [string, string, unknown][] = [
  ["member", "an ICE of 14 digits", withIds({ ice: "00156119100006" })],
  ["member", "an IF of 6 digits", withIds({ if: "123456" })],
  ["member", "a CNSS number with a letter", withIds({ cnss: "612345a" })],
  ["member", "an RC without a court", withIds({ rc: { number: "123" } })],
  ["member", "an id of another kind", { ...argan, id: fixtureId("unit", "ma-09", 3) }],
  ["member", "an unknown section", { ...argan, section: "agriculture" }],
  ["member", "an unknown legal form", { ...argan, legalForm: "llc" }],
  ["member", "an activity in English only", { ...argan, activity: { en: "Argan oil" } }],
  ["member", "an empty activity", { ...argan, activity: {} }],
  ["member", "a phone number that is not Moroccan", { ...argan, contacts: { phone: "+33612345678" } }],
  ["member", "an e-mail address without a domain", { ...argan, contacts: { email: "contact@" } }],
  ["member", "a javascript: website", { ...argan, contacts: { website: "javascript:alert(1)" } }],
  ["member", "a 4-digit postal code", { ...argan, address: { ...argan?.address, postalCode: "8000" } }],
  ["member", "a region of the 1997 division", { ...argan, address: { ...argan?.address, region: "ma-16" } }],
  ["member", "a date that does not exist", { ...argan, createdAt: "2025-02-30T10:00:00Z" }],
  [
    "member",
    "a label code with spaces",
    { ...argan, labels: [{ ...argan?.labels[0], code: "Souss Massa" }] },
  ],
  ["member", "a missing legal name", { ...argan, legalName: undefined }],
  ["chamber", "no seat", { ...souss, offices: annexes }],
  ["chamber", "a seat abroad", { ...souss, offices: [{ ...seat, country: "ES" }, ...annexes] }],
  [
    "chamber",
    "an office abroad in Morocco",
    {
      ...souss,
      offices: [...souss.offices, { kind: "abroad", name: { fr: "Dakar" }, city: "Dakar", country: "MA" }],
    },
  ],
  ["chamber", "two seats", { ...souss, offices: [seat, seat, ...annexes] }],
  [
    "chamber",
    "a share above 100%",
    { ...souss, indicators: [{ kind: "clean_energy_share", asOf: "2025-12-31", value: 10_001 }] },
  ],
  [
    "chamber",
    "a fee as a float",
    {
      ...souss,
      indicators: [
        { kind: "entry_fees_collected", asOf: "2026-01-30", value: { amount: 1.5, currency: "MAD" } },
      ],
    },
  ],
  [
    "chamber",
    "a country name instead of a code",
    { ...souss, offices: [{ ...seat, country: "Maroc" }, ...annexes] },
  ],
  [
    "chamber",
    "a certification never granted",
    { ...souss, certifications: [{ standard: "ISO 9001", renewals: [] }] },
  ],
  [
    "region",
    "a missing Tamazight name",
    { ...REGIONS[8], names: { ar: "سوس ماسة", fr: "Souss-Massa", en: "Souss-Massa" } },
  ],
  ["member-public", "an unknown section", { ...(argan && toMemberPublic(argan)), section: "agriculture" }],
];

/**
 * Invalid values only zod rejects, with the Ghorfa code it gives them. Every code here must be
 * listed in the README's "What JSON Schema cannot say".
 */
const REJECTED_BY_ZOD_ONLY: [string, string, unknown][] = [
  ["member", "ice_checksum", withIds({ ice: "001561191000067" })],
  ["member", "member_chamber_mismatch", { ...argan, id: fixtureId("member", "ma-06", 3) }],
  ["member", "date_range_order", { ...argan, updatedAt: "2020-01-01T00:00:00Z" }],
  ["member-public", "member_chamber_mismatch", { ...(argan && toMemberPublic(argan)), chamberId: "ma-01" }],
  ["chamber", "chamber_region_mismatch", { ...souss, region: "ma-06" }],
  [
    "chamber",
    "certification_renewals_order",
    { ...souss, certifications: [{ standard: "ISO 9001", renewals: [{ year: 2025 }, { year: 2024 }] }] },
  ],
];

describe("JSON Schema and zod on invalid values", () => {
  it.each(REJECTED_BY_BOTH)("%s: both refuse %s", (entity, _, value) => {
    expect(zodAccepts(entity, value)).toBe(false);
    expect(validate(entity, value)).toBe(false);
  });

  it.each(REJECTED_BY_ZOD_ONLY)("%s: only zod refuses %s, and the README says so", (entity, code, value) => {
    const found = ENTITIES.find((e) => e.name === entity);
    const issues = found?.schema.safeParse(value).error?.issues ?? [];
    expect(issues.map(ghorfaCodeOf)).toEqual([code]);
    expect(validate(entity, value)).toBe(true);
    expect(readFileSync(new URL("../../README.md", import.meta.url), "utf8")).toContain(`\`${code}\``);
  });
});
