import { describe, expect, it } from "vitest";
import { bumpOf, hasBreakingChangeset } from "./changesets";

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

  it("allows a breaking change of a 1.x contract only with a major changeset of the contract", () => {
    const breaking = (name: string, front: string) =>
      hasBreakingChangeset([{ name, text: changeset(front) }], "1.4.0");
    expect(breaking("break.md", '"@ghorfa/contract": major')).toBe(true);
    expect(breaking("add.md", '"@ghorfa/contract": minor')).toBe(false);
    expect(breaking("sdk.md", '"@ghorfa/sdk": major')).toBe(false);
    expect(breaking("config.json", '"@ghorfa/contract": major')).toBe(false);
    expect(breaking("README.md", '"@ghorfa/contract": major')).toBe(false);
    expect(hasBreakingChangeset([], "1.4.0")).toBe(false);
  });

  it("takes a minor changeset as the breaking release of a 0.x contract, and a patch never", () => {
    const at = (version: string, front: string) =>
      hasBreakingChangeset([{ name: "next.md", text: changeset(front) }], version);
    expect(at("0.0.0", '"@ghorfa/contract": minor')).toBe(true);
    expect(at("0.3.1", '"@ghorfa/contract": minor')).toBe(true);
    expect(at("0.3.1", '"@ghorfa/contract": major')).toBe(true);
    expect(at("0.3.1", '"@ghorfa/contract": patch')).toBe(false);
    expect(at("1.0.0", '"@ghorfa/contract": minor')).toBe(false);
  });
});
