import { describe, expect, it } from "vitest";
import { bumpOf, hasMajorChangeset } from "./changesets";

const changeset = (front: string) => `---\n${front}\n---\n\nWhat changed.\n`;

describe("pending changesets", () => {
  it("reads the bump a changeset asks for a package, however it quotes the name", () => {
    expect(bumpOf(changeset('"@ghorfa/contract": major'), "@ghorfa/contract")).toBe("major");
    expect(bumpOf(changeset("'@ghorfa/contract': minor\n\"@ghorfa/sdk\": patch"), "@ghorfa/contract")).toBe(
      "minor",
    );
    expect(bumpOf(changeset("@ghorfa/contract: major"), "@ghorfa/contract")).toBe("major");
    expect(bumpOf(changeset('"@ghorfa/contract": major # drops a field'), "@ghorfa/contract")).toBe("major");
    expect(bumpOf(changeset('"@ghorfa/sdk": major'), "@ghorfa/contract")).toBeUndefined();
    expect(bumpOf("no front matter", "@ghorfa/contract")).toBeUndefined();
  });

  it("allows a breaking change only with a major changeset of the contract", () => {
    expect(hasMajorChangeset([{ name: "break.md", text: changeset('"@ghorfa/contract": major') }])).toBe(
      true,
    );
    expect(hasMajorChangeset([{ name: "add.md", text: changeset('"@ghorfa/contract": minor') }])).toBe(false);
    expect(hasMajorChangeset([{ name: "sdk.md", text: changeset('"@ghorfa/sdk": major') }])).toBe(false);
    expect(hasMajorChangeset([{ name: "config.json", text: changeset('"@ghorfa/contract": major') }])).toBe(
      false,
    );
    expect(hasMajorChangeset([])).toBe(false);
  });
});
