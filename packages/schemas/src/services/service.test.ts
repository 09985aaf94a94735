import { describe, expect, it } from "vitest";
import { moroccanHolidays } from "../calendar/moroccan-holidays";
import { fixtureId } from "../ids/ids";
import { Service } from "./service";
import { ServiceRequest } from "./service-request";
import { requestDueOn, requestFee, serviceRequestRefusals } from "./service-rules";

const certificate: Service = {
  id: fixtureId("service", "ma-09", 900),
  chamberId: "ma-09",
  code: "CERT-ORIGIN",
  names: { fr: "Certificat d'origine", ar: "شهادة المنشأ" },
  category: "formalities_certificates",
  audience: "members_only",
  requiredDocuments: [{ fr: "Facture commerciale", ar: "الفاتورة التجارية" }],
  fee: {
    kind: "per_mille",
    partsPerMillion: 1000,
    minimum: { amount: 40_000, currency: "MAD" },
    maximum: { amount: 100_000, currency: "MAD" },
  },
  serviceLevelDays: 2,
  channel: "both",
  active: true,
  documentSeries: "CO",
  createdAt: "2026-01-05T09:00:00Z",
  updatedAt: "2026-01-05T09:00:00Z",
};

const sha = "a".repeat(64);
const request: ServiceRequest = {
  id: fixtureId("serviceRequest", "ma-09", 900),
  chamberId: "ma-09",
  serviceId: certificate.id,
  memberId: fixtureId("member", "ma-09", 1),
  declaredValue: { amount: 50_000_000, currency: "MAD" },
  fee: { amount: 50_000, currency: "MAD" },
  documents: [{ name: "facture.pdf", mediaType: "application/pdf", sizeBytes: 120_000, sha256: sha }],
  status: "submitted",
  submittedOn: "2026-03-19",
  dueOn: "2026-03-24",
  createdAt: "2026-03-19T09:00:00Z",
  updatedAt: "2026-03-19T09:00:00Z",
};

const codesOf = (result: { error?: { issues: readonly object[] } | undefined }) =>
  (result.error?.issues ?? []).map((i) =>
    "params" in i ? (i.params as { ghorfa?: string }).ghorfa : undefined,
  );

describe("Service", () => {
  it("accepts a certificate of origin priced per mille with a series", () => {
    expect(Service.safeParse(certificate).error).toBeUndefined();
  });

  it("refuses an id of another chamber, a zero service level and a lowercase series", () => {
    expect(codesOf(Service.safeParse({ ...certificate, chamberId: "ma-06" }))).toEqual([
      "service_chamber_mismatch",
    ]);
    expect(Service.safeParse({ ...certificate, serviceLevelDays: 0 }).success).toBe(false);
    expect(Service.safeParse({ ...certificate, documentSeries: "co" }).success).toBe(false);
  });
});

describe("ServiceRequest", () => {
  it("accepts a member's request with a hashed document", () => {
    expect(ServiceRequest.safeParse(request).error).toBeUndefined();
  });

  it("refuses a document without a SHA-256, or with an uppercase one", () => {
    const [doc] = request.documents;
    const { sha256: _sha, ...hashless } = doc ?? { sha256: "" };
    expect(ServiceRequest.safeParse({ ...request, documents: [hashless] }).success).toBe(false);
    expect(
      ServiceRequest.safeParse({ ...request, documents: [{ ...doc, sha256: "A".repeat(64) }] }).success,
    ).toBe(false);
  });

  it("takes a member or a person, never both nor neither; a person gives an e-mail or a phone", () => {
    const { memberId: _m, ...anonymous } = request;
    expect(codesOf(ServiceRequest.safeParse(anonymous))).toEqual(["service_request_requester"]);
    const person = { name: "Fatima Zahra" };
    expect(
      codesOf(ServiceRequest.safeParse({ ...request, requester: { ...person, phone: "+212661234567" } })),
    ).toEqual(["service_request_requester"]);
    expect(
      ServiceRequest.safeParse({ ...anonymous, requester: { ...person, phone: "+212661234567" } }).success,
    ).toBe(true);
    expect(codesOf(ServiceRequest.safeParse({ ...anonymous, requester: person }))).toEqual([
      "service_request_contact",
    ]);
  });

  it("needs a reason when rejected or withdrawn, and a delivery date exactly when delivered", () => {
    expect(codesOf(ServiceRequest.safeParse({ ...request, status: "rejected" }))).toEqual([
      "service_request_reason_required",
    ]);
    expect(
      ServiceRequest.safeParse({ ...request, status: "withdrawn", reason: "Plus nécessaire" }).success,
    ).toBe(true);
    expect(codesOf(ServiceRequest.safeParse({ ...request, status: "delivered" }))).toEqual([
      "service_request_delivery",
    ]);
    expect(codesOf(ServiceRequest.safeParse({ ...request, deliveredOn: "2026-03-20" }))).toEqual([
      "service_request_delivery",
    ]);
    expect(codesOf(ServiceRequest.safeParse({ ...request, dueOn: "2026-03-18" }))).toEqual([
      "date_range_order",
    ]);
  });
});

describe("the rules of a new request", () => {
  it("refuse a members-only service without a member, and a per-mille fee without a declared value", () => {
    expect(serviceRequestRefusals(certificate, {}).map((i) => i.params.ghorfa)).toEqual([
      "service_members_only",
      "service_declared_value_required",
    ]);
    expect(
      serviceRequestRefusals(certificate, {
        memberId: request.memberId,
        declaredValue: request.declaredValue,
      }),
    ).toEqual([]);
    expect(
      serviceRequestRefusals(
        { ...certificate, active: false },
        { memberId: request.memberId, declaredValue: request.declaredValue },
      )[0]?.params.ghorfa,
    ).toBe("service_inactive");
  });

  it("price a certificate at 1‰ of the invoice, between 400 and 1,000 MAD", () => {
    const fee = (amount: number) =>
      requestFee(certificate, { memberId: request.memberId, declaredValue: { amount, currency: "MAD" } })
        .amount;
    expect(fee(50_000_000)).toBe(50_000); // 500,000 MAD → 500 MAD
    expect(fee(10_000_000)).toBe(40_000); // 100,000 MAD → the 400 MAD floor
    expect(fee(500_000_000)).toBe(100_000); // 5 million MAD → the 1,000 MAD ceiling
  });

  it("charge members the members' price and others the other price", () => {
    const training: Service = {
      ...certificate,
      audience: "anyone",
      fee: {
        kind: "membership_price",
        member: { amount: 50_000, currency: "MAD" },
        other: { amount: 90_000, currency: "MAD" },
      },
    };
    expect(requestFee(training, { memberId: request.memberId }).amount).toBe(50_000);
    expect(requestFee(training, {}).amount).toBe(90_000);
  });

  it("date the request's due day in working days: Thursday 19 March 2026 + 2 skips Eid and the weekend", () => {
    expect(requestDueOn(certificate, "2026-03-19", moroccanHolidays(2026, 2027))).toBe("2026-03-24");
  });
});
