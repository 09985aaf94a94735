import type { ZodType } from "zod";
import type { Agreement } from "../agreements/agreement";
import { fixtureId } from "../ids/ids";
import { ghorfaCodeOf } from "../issues/issue-codes";
import type { Lease } from "../leases/lease";
import type { LeasePayment } from "../leases/payment";
import type { Unit } from "../leases/unit";

// One valid value of each domain entity, for tests to change one field at a time.

export const sampleUnit = (overrides: Partial<Unit> = {}): Unit => ({
  id: fixtureId("unit", "ma-09", 9001),
  chamberId: "ma-09",
  building: { code: "CMS", name: { ar: "المركب المتعدد الخدمات", fr: "Complexe multiservices" } },
  code: "B-01",
  kind: "shop",
  floor: 0,
  areaDm2: 4250,
  status: "leased",
  ...overrides,
});

export const sampleLease = (overrides: Partial<Lease> = {}): Lease => ({
  id: fixtureId("lease", "ma-09", 9001),
  chamberId: "ma-09",
  tenantId: fixtureId("member", "ma-09", 9001),
  unitId: fixtureId("unit", "ma-09", 9001),
  start: "2024-01-01",
  termMonths: 36,
  monthlyRent: { amount: 1_000_000, currency: "MAD" },
  deposit: { amount: 2_000_000, currency: "MAD" },
  entryFee: { amount: 30_000_000, currency: "MAD" },
  legalRegime: "law_49_16",
  use: "commercial",
  status: "active",
  createdAt: "2023-12-15T10:00:00Z",
  updatedAt: "2023-12-15T10:00:00Z",
  ...overrides,
});

export const samplePayment = (overrides: Partial<LeasePayment> = {}): LeasePayment => ({
  id: fixtureId("payment", "ma-09", 9001),
  chamberId: "ma-09",
  leaseId: fixtureId("lease", "ma-09", 9001),
  kind: "rent",
  period: { from: "2026-01", to: "2026-01" },
  amount: { amount: 1_000_000, currency: "MAD" },
  method: "bank_transfer",
  paidOn: "2026-01-05",
  receiptNumber: "2026-000001",
  ...overrides,
});

export const sampleAgreement = (overrides: Partial<Agreement> = {}): Agreement => ({
  id: fixtureId("agreement", "ma-09", 9001),
  reference: "CCIS-SM/2026/014",
  kind: "convention",
  title: { fr: "Convention de partenariat", ar: "اتفاقية شراكة" },
  parties: [
    {
      kind: "federation_chamber",
      role: "signatory",
      chamberId: "ma-09",
      name: { fr: "CCIS Souss-Massa", ar: "غرفة التجارة والصناعة والخدمات لجهة سوس ماسة" },
      country: "MA",
    },
    {
      kind: "ministry",
      role: "signatory",
      name: { fr: "Ministère de l'Industrie et du Commerce" },
      country: "MA",
    },
  ],
  signature: { place: { fr: "Agadir", ar: "أكادير" }, date: "2026-01-30" },
  period: { start: "2026-01-30", end: "2028-12-31" },
  domains: ["industry"],
  commitments: [
    {
      id: fixtureId("commitment", "ma-09", 9001),
      description: { fr: "Zone d'activités économiques de Chtouka Aït Baha" },
      owner: 1,
      due: "2027-12-31",
      status: "planned",
    },
  ],
  documents: [],
  published: true,
  status: "signed",
  createdAt: "2026-01-30T12:00:00Z",
  updatedAt: "2026-01-30T12:00:00Z",
  ...overrides,
});

/** The Ghorfa issue codes `schema` raises on `value`, in order; empty when it passes. */
export function ghorfaCodes(schema: ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const code = ghorfaCodeOf(issue);
    return code === undefined ? [] : [code];
  });
}
