import { isValidIce, Member } from "@ghorfa/schemas";
import { afterEach, describe, expect, it, vi } from "vitest";
import { newMember } from "../src/inputs.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("newMember", () => {
  it("gives a valid ICE at both ends of Math.random's range", () => {
    for (const random of [0, 0.5, 0.999_999_999]) {
      vi.spyOn(Math, "random").mockReturnValue(random);
      for (let i = 0; i < 20; i++) expect(isValidIce(newMember().identifiers.ice)).toBe(true);
      vi.restoreAllMocks();
    }
  });

  it("gives a different ICE on each call", () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999_999_999);
    const ices = new Set(Array.from({ length: 50 }, () => newMember().identifiers.ice));
    expect(ices.size).toBe(50);
  });

  it("is a member the schemas accept", () => {
    const { identifiers } = newMember();
    expect(Member.shape.identifiers.safeParse(identifiers).success).toBe(true);
  });
});
