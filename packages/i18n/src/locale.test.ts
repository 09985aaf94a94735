import { describe, expect, it } from "vitest";
import { direction } from "./locale";

describe("direction", () => {
  it("is right-to-left for Arabic only", () => {
    expect(direction("ar-MA")).toBe("rtl");
    expect(direction("fr-MA")).toBe("ltr");
    expect(direction("zgh")).toBe("ltr");
    expect(direction("en")).toBe("ltr");
  });
});
