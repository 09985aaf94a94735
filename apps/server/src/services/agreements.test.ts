import type { AgreementCreate } from "@ghorfa/contract";
import { newId } from "@ghorfa/schemas";
import { casablancaSettat, soussMassa } from "@ghorfa/schemas/fixtures";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreements as agreementsTable } from "../db/schema";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import * as agreements from "./agreements";
import { InvalidTransitionError, NotFoundError, PreconditionFailedError, ValidationError } from "./errors";
import { fieldsOf } from "./testing-fields";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const soussMassaParty = {
  kind: "federation_chamber",
  role: "signatory",
  chamberId: "ma-09",
  name: { fr: "CCIS Souss-Massa" },
  country: "MA",
} as const;
const casablancaParty = {
  ...soussMassaParty,
  chamberId: "ma-06",
  name: { fr: "CCIS Casablanca-Settat" },
} as const;
const ministry = {
  kind: "ministry",
  role: "partner",
  name: { fr: "Ministère de l'Industrie et du Commerce" },
  country: "MA",
} as const;

function agreementInput(reference: string, overrides: Partial<AgreementCreate> = {}): AgreementCreate {
  return {
    reference,
    kind: "convention",
    title: { fr: `Convention ${reference}` },
    parties: [soussMassaParty, ministry],
    period: { start: "2026-02-01" },
    domains: ["trade_promotion"],
    commitments: [],
    documents: [],
    published: false,
    ...overrides,
  };
}

const idsSeenBy = async (chamberId: "ma-09" | "ma-06", filters: agreements.AgreementFilters = {}) =>
  (await agreements.list(t.db, { chamberId, limit: 100, ...filters })).items.map((a) => a.id);

describe("agreements", () => {
  it("shows the seeded twinning of two hosted chambers to both, from one row", async () => {
    const shared = casablancaSettat.agreements.find((a) => soussMassa.agreements.some((b) => b.id === a.id));
    const id = shared?.id ?? "";
    expect(id).not.toBe("");
    expect(await idsSeenBy("ma-09")).toContain(id);
    expect(await idsSeenBy("ma-06")).toContain(id);
    const fromSouss = await agreements.get(t.db, { chamberId: "ma-09", id });
    expect(await agreements.get(t.db, { chamberId: "ma-06", id })).toEqual(fromSouss);
    expect(await t.db.select().from(agreementsTable).where(eq(agreementsTable.id, id))).toHaveLength(1);
  });

  it("records a draft that only its party chambers see", async () => {
    const created = await agreements.create(t.db, { chamberId: "ma-09", input: agreementInput("T-1") });
    expect(created).toMatchObject({ version: 1, entity: { status: "draft" } });
    expect(created.entity.id).toMatch(/^agr_ma-09_/);
    expect(await idsSeenBy("ma-09")).toContain(created.entity.id);
    expect(await idsSeenBy("ma-06")).not.toContain(created.entity.id);
    await expect(agreements.get(t.db, { chamberId: "ma-06", id: created.entity.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses an agreement whose recording chamber is not a party", async () => {
    const error = await agreements
      .create(t.db, { chamberId: "ma-06", input: agreementInput("T-2") })
      .catch((e: unknown) => e);
    expect(fieldsOf(error)).toContainEqual(expect.objectContaining({ code: "agreement_recorder_not_party" }));
  });

  it("lets a chamber added as a party see the agreement, and edit it at the current version", async () => {
    const created = await agreements.create(t.db, { chamberId: "ma-09", input: agreementInput("T-3") });
    const added = await agreements.update(t.db, {
      chamberId: "ma-09",
      id: created.entity.id,
      ifVersion: 1,
      changes: { parties: [soussMassaParty, casablancaParty, ministry] },
    });
    expect(await idsSeenBy("ma-06")).toContain(created.entity.id);
    const fromCasablanca = await agreements.update(t.db, {
      chamberId: "ma-06",
      id: created.entity.id,
      ifVersion: added.version,
      changes: { domains: ["trade_promotion", "maritime_transport"] },
    });
    expect(fromCasablanca.version).toBe(3);
    await expect(
      agreements.update(t.db, {
        chamberId: "ma-09",
        id: created.entity.id,
        ifVersion: 2,
        changes: { published: true },
      }),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await agreements.get(t.db, { chamberId: "ma-09", id: created.entity.id })).entity.published).toBe(
      false,
    );
  });

  it("filters by publication, status, kind and domain", async () => {
    const created = await agreements.create(t.db, {
      chamberId: "ma-09",
      input: agreementInput("T-4", { kind: "twinning", domains: ["energy"], published: true }),
    });
    const id = created.entity.id;
    expect(await idsSeenBy("ma-09", { published: true, kind: "twinning", domain: "energy" })).toEqual([id]);
    expect(await idsSeenBy("ma-09", { published: false, kind: "twinning", domain: "energy" })).toEqual([]);
    expect(await idsSeenBy("ma-09", { status: ["draft", "signed"], domain: "energy" })).toEqual([id]);
    expect(await idsSeenBy("ma-09", { status: "in_force", domain: "energy" })).toEqual([]);
  });

  describe("status", () => {
    it("signs only with a place and a date, then follows the lifecycle", async () => {
      const created = await agreements.create(t.db, { chamberId: "ma-09", input: agreementInput("T-5") });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      const unsigned = await agreements
        .setStatus(t.db, { ...ref, status: "signed" })
        .catch((e: unknown) => e);
      expect(unsigned).toBeInstanceOf(ValidationError);
      expect(fieldsOf(unsigned)).toContainEqual(
        expect.objectContaining({ pointer: "/signature", code: "agreement_signature_required" }),
      );
      const signature = { place: { fr: "Agadir", ar: "أكادير" }, date: "2026-01-30" };
      const signed = await agreements.setStatus(t.db, { ...ref, status: "signed", signature });
      expect(signed.entity).toMatchObject({ status: "signed", signature });
      const error = await agreements.setStatus(t.db, { ...ref, status: "draft" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect((error as InvalidTransitionError).allowed).toEqual(["in_force", "terminated"]);
    });

    it("keeps commitment ids the caller made", async () => {
      const commitmentId = newId("commitment", "ma-09");
      const created = await agreements.create(t.db, {
        chamberId: "ma-09",
        input: agreementInput("T-6", {
          commitments: [
            {
              id: commitmentId,
              description: { fr: "Étude" },
              owner: 1,
              due: "2026-06-30",
              status: "planned",
            },
          ],
        }),
      });
      expect(created.entity.commitments.map((c) => c.id)).toEqual([commitmentId]);
    });
  });
});
