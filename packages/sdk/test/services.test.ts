import { soussMassa } from "@ghorfa/schemas/fixtures";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client";
import { InvalidTransitionError, ValidationError } from "../src/errors";

// The services platform (issue 13) through the SDK, against the real reference node: its
// resources come from the contract, so `chamber("ma-09").services…` needs no SDK code.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(() => node?.close());

const client = (options: { apiKey?: string } = {}) =>
  createClient({ baseUrl: node.url, apiKey: key, locale: "fr-MA", validateResponses: true, ...options });

const certificate = soussMassa.services.find((s) => s.code === "CERT-ORIGIN");
const member = soussMassa.members.find((m) => m.status === "active");

describe("the services platform through the SDK", () => {
  it("reads the public catalogue without a key, page by page", async () => {
    const anonymous = createClient({ baseUrl: node.url, validateResponses: true }).chamber("ma-09");
    const codes: string[] = [];
    for await (const service of anonymous.services.iterate({ limit: 4 })) codes.push(service.code);
    expect(codes).toContain("CERT-ORIGIN");
    expect(codes).not.toContain("CERT-ORIGIN-PAPER");
    const year = await anonymous.holidays.get({ year: "2026" });
    expect(year.holidays.some((h) => h.code === "eid_al_fitr" && h.basis === "official")).toBe(true);
  });

  it("submits a certificate request, walks it to delivery and reads its document number", async () => {
    const ccis = client().chamber("ma-09");
    const request = await ccis.serviceRequests.create({
      serviceId: certificate?.id as string,
      memberId: member?.id,
      declaredValue: { amount: 80_000_000, currency: "MAD" },
      documents: [
        { name: "facture.pdf", mediaType: "application/pdf", sizeBytes: 1024, sha256: "cd".repeat(32) },
      ],
    });
    expect(request.fee).toEqual({ amount: 80_000, currency: "MAD" });
    await expect(ccis.serviceRequests.setStatus(request.id, { status: "delivered" })).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    for (const status of ["in_review", "approved"] as const) {
      await ccis.serviceRequests.setStatus(request.id, { status });
    }
    const delivered = await ccis.serviceRequests.setStatus(request.id, { status: "delivered" });
    expect(delivered.documentNumber).toMatch(/^CO-\d{4}-\d{6}$/);
    const report = await ccis.reports.serviceRequests({});
    expect(report.total).toBeGreaterThan(soussMassa.serviceRequests.length);
  });

  it("refuses a document without its digest with a ValidationError that names the field", async () => {
    const ccis = client().chamber("ma-09");
    const refused = ccis.serviceRequests.create({
      serviceId: certificate?.id as string,
      memberId: member?.id,
      declaredValue: { amount: 80_000_000, currency: "MAD" },
      documents: [{ name: "facture.pdf", mediaType: "application/pdf", sizeBytes: 1024 } as never],
    });
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
  });
});
