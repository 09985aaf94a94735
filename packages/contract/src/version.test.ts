import { describe, expect, it } from "vitest";
import { CONTRACT_VERSION, ContractVersion, isSupportedVersion, SUPPORTED_VERSIONS } from "./version";

describe("contract version", () => {
  it("names the contract version as an ISO date that the Ghorfa-Version header accepts", () => {
    expect(CONTRACT_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ContractVersion.safeParse(CONTRACT_VERSION).success).toBe(true);
  });

  it("speaks its own version first and refuses versions it does not list", () => {
    expect(SUPPORTED_VERSIONS[0]).toBe(CONTRACT_VERSION);
    expect(isSupportedVersion(CONTRACT_VERSION)).toBe(true);
    expect(isSupportedVersion("2001-01-01")).toBe(false);
  });
});
