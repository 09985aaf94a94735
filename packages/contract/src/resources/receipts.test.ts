import { soussMassa } from "@ghorfa/schemas/fixtures";
import { describe, expect, it } from "vitest";
import { Receipt, receiptOf } from "./receipts";

describe("receiptOf", () => {
  const payment = soussMassa.payments[0];
  const lease = soussMassa.leases.find((l) => l.id === payment?.leaseId);
  const unit = soussMassa.units.find((u) => u.id === lease?.unitId);
  const tenant = soussMassa.members.find((m) => m.id === lease?.tenantId);
  if (!payment || !lease || !unit || !tenant) throw new Error("The demo has a payment on a lease");
  const records = { chamber: soussMassa.chamber, payment, lease, unit, tenant };

  it("gives what Receipt lists of each record, and a valid receipt with its amount in words", () => {
    const parts = receiptOf(records);
    expect(Object.keys(parts.unit).sort()).toEqual(["building", "code", "id"]);
    expect(parts.tenant).not.toHaveProperty("contacts");
    expect(parts.lease).not.toHaveProperty("deposit");
    expect(parts.chamber).toEqual({ id: "ma-09", names: soussMassa.chamber.names });
    expect(Receipt.safeParse({ ...parts, amountInWords: "mille dirhams" }).error).toBeUndefined();
  });

  it("leaves out an optional field the record does not have, and keeps one it has", () => {
    const { tradeName: _, ...untraded } = tenant;
    expect(receiptOf({ ...records, tenant: untraded })).not.toHaveProperty("tenant.tradeName");
    expect(receiptOf({ ...records, tenant: { ...tenant, tradeName: "Argan Sud" } }).tenant.tradeName).toBe(
      "Argan Sud",
    );
  });
});
