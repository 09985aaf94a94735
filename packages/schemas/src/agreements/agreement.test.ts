import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { ghorfaCodes, sampleAgreement } from "../testing/domain-samples";
import { Agreement, AgreementParty } from "./agreement";

const dakar = {
  kind: "foreign_chamber" as const,
  role: "partner" as const,
  name: { fr: "Chambre de Commerce, d'Industrie et d'Agriculture de Dakar" },
  country: "SN",
};

describe("Agreement", () => {
  it("accepts a signed convention with a ministry, its commitment and no documents", () => {
    const agreement = sampleAgreement();
    expect(Agreement.parse(agreement)).toEqual(agreement);
  });

  it("accepts a draft without signature nor end, with a document", () => {
    const { signature: _, ...draft } = sampleAgreement({
      status: "draft",
      period: { start: "2026-03-01" },
      documents: [
        {
          title: { fr: "Projet de convention" },
          url: "https://docs.ghorfa.example/ma-09/draft.pdf",
          sha256: "a".repeat(64),
        },
      ],
    });
    expect(Agreement.safeParse(draft).success).toBe(true);
  });

  it("rejects fewer than two parties and no domain", () => {
    const [first] = sampleAgreement().parties;
    expect(Agreement.safeParse(sampleAgreement({ parties: first ? [first] : [] })).success).toBe(false);
    expect(Agreement.safeParse(sampleAgreement({ domains: [] })).success).toBe(false);
  });

  it("rejects an agreement recorded by a chamber that is not one of its parties", () => {
    const agreement = sampleAgreement({ id: fixtureId("agreement", "ma-06", 1) });
    expect(ghorfaCodes(Agreement, agreement)).toEqual([
      "agreement_recorder_not_party",
      "agreement_chamber_mismatch",
    ]);
  });

  it("rejects a commitment owned by a party that does not exist", () => {
    const [commitment] = sampleAgreement().commitments;
    const agreement = sampleAgreement({ commitments: commitment ? [{ ...commitment, owner: 2 }] : [] });
    expect(ghorfaCodes(Agreement, agreement)).toEqual(["agreement_commitment_owner"]);
  });

  it("rejects a signed agreement that does not say where and when it was signed", () => {
    const { signature: _, ...agreement } = sampleAgreement();
    expect(ghorfaCodes(Agreement, agreement)).toEqual(["agreement_signature_required"]);
  });

  it("rejects a period that ends before it starts", () => {
    const agreement = sampleAgreement({ period: { start: "2026-01-30", end: "2026-01-29" } });
    expect(ghorfaCodes(Agreement, agreement)).toEqual(["date_range_order"]);
  });

  it("rejects a document whose digest is not 64 lowercase hex digits, or whose URL is not http(s)", () => {
    const document = {
      title: { fr: "Convention" },
      url: "https://docs.ghorfa.example/c.pdf",
      sha256: "A".repeat(64),
    };
    expect(Agreement.safeParse(sampleAgreement({ documents: [document] })).success).toBe(false);
    const ftp = { ...document, sha256: "0".repeat(64), url: "ftp://docs.ghorfa.example/c.pdf" };
    expect(Agreement.safeParse(sampleAgreement({ documents: [ftp] })).success).toBe(false);
  });
});

describe("AgreementParty", () => {
  it("names a foreign chamber by name and country, without a chamberId", () => {
    expect(AgreementParty.safeParse(dakar).success).toBe(true);
    expect(ghorfaCodes(AgreementParty, { ...dakar, chamberId: "ma-09" })).toEqual([
      "agreement_party_chamber",
    ]);
  });

  it("requires a federation chamber's chamberId, and puts it in Morocco", () => {
    const chamber = { ...dakar, kind: "federation_chamber", country: "MA" };
    expect(ghorfaCodes(AgreementParty, chamber)).toEqual(["agreement_party_chamber"]);
    expect(ghorfaCodes(AgreementParty, { ...chamber, chamberId: "ma-06", country: "ES" })).toEqual([
      "agreement_party_country",
    ]);
  });

  it("rejects a country that is not an ISO alpha-2 code", () => {
    expect(AgreementParty.safeParse({ ...dakar, country: "SEN" }).success).toBe(false);
    expect(AgreementParty.safeParse({ ...dakar, country: "sn" }).success).toBe(false);
  });
});
