import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ENTITIES } from "../entities";
import { fixtureId } from "../ids/ids";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { entityJsonSchema } from "./json-schema";
import { PACKAGE_VERSION } from "../testing/package-version";
import { sampleAgreement, sampleLease, samplePayment, sampleUnit } from "../testing/domain-samples";

// The JSON Schemas of units, leases, payments and agreements against zod, on invalid values:
// what both refuse, and what only zod refuses (with the code the README must list).

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const entity = (name: string) => {
  const found = ENTITIES.find((e) => e.name === name);
  if (!found) throw new Error(`No entity ${name}`);
  return { zod: found.schema, json: ajv.compile(entityJsonSchema(found, PACKAGE_VERSION)) };
};
const schemas = {
  unit: entity("unit"),
  lease: entity("lease"),
  "lease-payment": entity("lease-payment"),
  agreement: entity("agreement"),
};
type Name = keyof typeof schemas;

const { signature: _, ...unsigned } = sampleAgreement();
const { period: __, ...rentWithoutPeriod } = samplePayment();
const { termMonths: ___, ...openEnded } = sampleLease();
const [chamberParty, ministryParty] = sampleAgreement().parties;
const withParties = (...parties: unknown[]) => ({ ...sampleAgreement(), parties });

const REJECTED_BY_BOTH: [Name, string, unknown][] = [
  ["unit", "an area in fractional square decimetres", sampleUnit({ areaDm2: 42.5 })],
  ["unit", "a lowercase building code", sampleUnit({ building: { code: "cms", name: { fr: "Complexe" } } })],
  ["unit", "an unknown kind", { ...sampleUnit(), kind: "garage" }],
  ["lease", "a terminated lease without its end", sampleLease({ status: "terminated" })],
  ["lease", "an expired lease with neither term nor end", { ...openEnded, status: "expired" }],
  ["lease", "a rent in fractional centimes", sampleLease({ monthlyRent: { amount: 10.5, currency: "MAD" } })],
  ["lease", "a term of zero months", sampleLease({ termMonths: 0 })],
  ["lease", "a tenant id of another kind", sampleLease({ tenantId: fixtureId("unit", "ma-09", 1) as never })],
  ["lease-payment", "a rent payment without its period", rentWithoutPeriod],
  ["lease-payment", "a payment of zero", samplePayment({ amount: { amount: 0, currency: "MAD" } })],
  ["lease-payment", "a receipt number of sequence 0", samplePayment({ receiptNumber: "2026-000000" })],
  ["lease-payment", "a period month 13", samplePayment({ period: { from: "2026-13", to: "2026-13" } })],
  [
    "lease",
    "a deposit in euros (books_currency)",
    sampleLease({ deposit: { amount: 100, currency: "EUR" } }),
  ],
  ["lease", "a start in the year 0 (date_out_of_range)", sampleLease({ start: "0000-01-01" })],
  [
    "lease",
    "a rent beyond MAX_MONEY_AMOUNT",
    sampleLease({ monthlyRent: { amount: 1e11 + 1, currency: "MAD" } }),
  ],
  ["lease-payment", "a payment in euros", samplePayment({ amount: { amount: 100, currency: "EUR" } })],
  ["lease-payment", "a period in 9999", samplePayment({ period: { from: "9999-12", to: "9999-12" } })],
  [
    "lease-payment",
    "a payment in the year 0",
    samplePayment({ paidOn: "0000-01-05", receiptNumber: "0000-000001" }),
  ],
  ["agreement", "a signed agreement without its signature", unsigned],
  ["agreement", "a single party", withParties(chamberParty)],
  ["agreement", "no domain", sampleAgreement({ domains: [] })],
  [
    "agreement",
    "a federation chamber without chamberId",
    withParties({ ...chamberParty, chamberId: undefined }, ministryParty),
  ],
  [
    "agreement",
    "a ministry with a chamberId",
    withParties(chamberParty, { ...ministryParty, chamberId: "ma-09" }),
  ],
  [
    "agreement",
    "a federation chamber abroad",
    withParties({ ...chamberParty, country: "ES" }, ministryParty),
  ],
  [
    "agreement",
    "an uppercase document digest",
    sampleAgreement({
      documents: [{ title: { fr: "Convention" }, url: "https://x.example/c.pdf", sha256: "A".repeat(64) }],
    }),
  ],
];

const mad = (amount: number) => ({ amount, currency: "MAD" });
const [commitment] = sampleAgreement().commitments;

const REJECTED_BY_ZOD_ONLY: [Name, string, unknown][] = [
  ["unit", "unit_chamber_mismatch", sampleUnit({ chamberId: "ma-06" })],
  ["lease", "lease_chamber_mismatch", sampleLease({ unitId: fixtureId("unit", "ma-06", 1) })],
  [
    "lease",
    "lease_rent_history",
    sampleLease({ rentHistory: [{ effectiveFrom: "2024-02-01", monthlyRent: mad(1_000_000) }] }),
  ],
  ["lease", "date_range_order", sampleLease({ end: "2023-12-31" })],
  ["lease-payment", "payment_chamber_mismatch", samplePayment({ leaseId: fixtureId("lease", "ma-06", 1) })],
  ["lease-payment", "receipt_year_mismatch", samplePayment({ receiptNumber: "2025-000412" })],
  ["lease-payment", "date_range_order", samplePayment({ period: { from: "2026-02", to: "2026-01" } })],
  ["lease-payment", "payment_period_span", samplePayment({ period: { from: "2016-01", to: "2026-01" } })],
  ["lease-payment", "payment_period_ahead", samplePayment({ period: { from: "2036-02", to: "2036-02" } })],
  [
    "agreement",
    "agreement_recorder_not_party",
    withParties({ ...chamberParty, chamberId: "ma-06" }, ministryParty),
  ],
  [
    "agreement",
    "agreement_chamber_mismatch",
    sampleAgreement({
      commitments: commitment ? [{ ...commitment, id: fixtureId("commitment", "ma-06", 1) }] : [],
    }),
  ],
  [
    "agreement",
    "agreement_commitment_owner",
    sampleAgreement({ commitments: commitment ? [{ ...commitment, owner: 5 }] : [] }),
  ],
  ["agreement", "date_range_order", sampleAgreement({ period: { start: "2026-01-30", end: "2026-01-01" } })],
];

describe("JSON Schemas of units, leases, payments and agreements", () => {
  it.each(Object.keys(schemas) as Name[])("%s accepts the sample both ways", (name) => {
    const sample = {
      unit: sampleUnit(),
      lease: sampleLease(),
      "lease-payment": samplePayment(),
      agreement: sampleAgreement(),
    }[name];
    expect(schemas[name].zod.safeParse(sample).success).toBe(true);
    expect(schemas[name].json(sample), JSON.stringify(schemas[name].json.errors)).toBe(true);
  });

  it.each(REJECTED_BY_BOTH)("%s: both refuse %s", (name, _, value) => {
    expect(schemas[name].zod.safeParse(value).success).toBe(false);
    expect(schemas[name].json(value)).toBe(false);
  });

  it.each(REJECTED_BY_ZOD_ONLY)("%s: only zod refuses %s, and the README says so", (name, code, value) => {
    const issues = schemas[name].zod.safeParse(value).error?.issues ?? [];
    expect(issues.map(ghorfaCodeOf)).toEqual([code]);
    expect(schemas[name].json(value)).toBe(true);
    expect(readFileSync(new URL("../../README.md", import.meta.url), "utf8")).toContain(`\`${code}\``);
  });
});
