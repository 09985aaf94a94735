import { CONTRACT_VERSION as fromContract } from "@ghorfa/contract";
import { expect, it } from "vitest";
import { CONTRACT_VERSION } from "./index";

it("speaks the contract version it was built from", () => {
  expect(CONTRACT_VERSION).toBe(fromContract);
});
