import { describe, expect, it } from "vitest";
import { sampleLease } from "../testing/domain-samples";
import { hasTakenEffect, leaseEnd, rentInForce } from "./lease-term";

const mad = (amount: number) => ({ amount, currency: "MAD" });

describe("leaseEnd", () => {
  it("is the day before the term's anniversary", () => {
    expect(leaseEnd({ start: "2024-03-15", termMonths: 12 })).toBe("2025-03-14");
    expect(leaseEnd({ start: "2024-01-01", termMonths: 36 })).toBe("2026-12-31");
  });

  it("runs to the end of a shorter month when the anniversary day does not exist", () => {
    expect(leaseEnd({ start: "2026-01-31", termMonths: 1 })).toBe("2026-02-28");
    expect(leaseEnd({ start: "2024-01-31", termMonths: 1 })).toBe("2024-02-29");
  });

  it("takes an explicit end over the term, and is undefined for a lease until further notice", () => {
    expect(leaseEnd({ start: "2024-01-01", termMonths: 36, end: "2025-06-30" })).toBe("2025-06-30");
    expect(leaseEnd({ start: "2024-01-01" })).toBeUndefined();
  });
});

describe("rentInForce", () => {
  const lease = sampleLease({
    monthlyRent: mad(1_100_000),
    rentHistory: [
      { effectiveFrom: "2024-01-01", monthlyRent: mad(1_000_000) },
      { effectiveFrom: "2027-01-01", monthlyRent: mad(1_100_000) },
    ],
  });

  it("is the rent of the last step that took effect by the date", () => {
    expect(rentInForce(lease, "2026-12-31")).toBe(1_000_000);
    expect(rentInForce(lease, "2027-01-01")).toBe(1_100_000);
  });

  it("is the monthly rent when the rent never changed", () => {
    expect(rentInForce(sampleLease(), "2025-05-05")).toBe(1_000_000);
  });
});

describe("hasTakenEffect", () => {
  it("is true for active, expired and terminated leases, false for drafts and cancelled ones", () => {
    const statuses = ["draft", "active", "expired", "terminated", "cancelled"] as const;
    expect(statuses.filter((status) => hasTakenEffect({ status }))).toEqual([
      "active",
      "expired",
      "terminated",
    ]);
  });
});
