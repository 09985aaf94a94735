import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACT_DOCUMENT_PATH, contractDocumentText } from "../scripts/contract-document";

describe("the contract document the kit ships", () => {
  it("is the one @ghorfa/contract makes (npm run contract-document -w @ghorfa/conformance)", () => {
    expect(readFileSync(CONTRACT_DOCUMENT_PATH, "utf8") === contractDocumentText()).toBe(true);
  });
});
