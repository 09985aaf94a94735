import { expect, it } from "vitest";
import { CONTRACT_VERSION } from "./version";

it("names the contract version as an ISO date", () => {
  expect(CONTRACT_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
