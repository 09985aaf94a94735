import { casablancaSettat, soussMassa } from "@ghorfa/schemas/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import { NotFoundError } from "./errors";
import * as receipts from "./receipts";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("receipts", () => {
  const payment = soussMassa.payments[0];
  if (!payment) throw new Error("The demo has payments");

  it("gives a receipt with its payment, lease, unit, tenant and chamber", async () => {
    const receipt = await receipts.get(t.db, { chamberId: "ma-09", receiptNumber: payment.receiptNumber });
    const lease = soussMassa.leases.find((l) => l.id === payment.leaseId);
    const tenant = soussMassa.members.find((m) => m.id === lease?.tenantId);
    const unit = soussMassa.units.find((u) => u.id === lease?.unitId);
    expect(receipt.payment).toEqual(payment);
    expect(receipt.lease).toMatchObject({
      id: lease?.id,
      start: lease?.start,
      monthlyRent: lease?.monthlyRent,
    });
    expect(receipt.unit).toEqual({ id: unit?.id, building: unit?.building, code: unit?.code });
    expect(receipt.tenant).toMatchObject({
      id: tenant?.id,
      legalName: tenant?.legalName,
      identifiers: tenant?.identifiers,
    });
    expect(receipt.chamber).toEqual({ id: "ma-09", names: soussMassa.chamber.names });
  });

  it("shows only what a receipt needs of the tenant and the lease", async () => {
    const receipt = await receipts.get(t.db, { chamberId: "ma-09", receiptNumber: payment.receiptNumber });
    expect(Object.keys(receipt.tenant)).not.toContain("contacts");
    expect(Object.keys(receipt.lease)).not.toContain("deposit");
  });

  it("finds no receipt of another chamber, nor a number never issued", async () => {
    // Numbers restart in every chamber: take one that Souss-Massa issued and Casablanca-Settat did not.
    const casablancaNumbers = new Set(casablancaSettat.payments.map((p) => p.receiptNumber));
    const onlySouss = soussMassa.payments.find((p) => !casablancaNumbers.has(p.receiptNumber));
    if (!onlySouss) throw new Error("Souss-Massa issued more receipts than Casablanca-Settat");
    await expect(
      receipts.get(t.db, { chamberId: "ma-06", receiptNumber: onlySouss.receiptNumber }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      receipts.get(t.db, { chamberId: "ma-09", receiptNumber: "1999-000001" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
