import { describe, expect, it } from "vitest";
import { formatBasisPoints, formatPercent } from "./percent";

describe("formatPercent", () => {
  it("writes 80 % as ICU does in each locale", () => {
    expect(formatPercent(0.8, "fr-MA")).toBe("80\u00a0%");
    expect(formatPercent(0.8, "ar-MA")).toBe("80\u200e%\u200e");
    expect(formatPercent(0.8, "en")).toBe("80%");
    expect(formatPercent(0.8, "zgh")).toBe("80\u00a0%");
  });

  it("keeps one decimal unless told otherwise", () => {
    expect(formatPercent(0.8125, "en")).toBe("81.3%");
    expect(formatPercent(0.8125, "fr-MA", { maximumFractionDigits: 2 })).toBe("81,25\u00a0%");
  });
});

describe("formatBasisPoints", () => {
  it("reads the basis points the schemas store", () => {
    expect(formatBasisPoints(8000, "fr-MA")).toBe("80\u00a0%");
    expect(formatBasisPoints(8125, "en")).toBe("81.25%");
  });
});

describe("formatPercent and formatBasisPoints at the edges", () => {
  it("writes zero, a whole and a negative share in every locale", () => {
    expect(formatPercent(0, "ar-MA")).toBe("0\u200e%\u200e");
    expect(formatPercent(1, "fr-MA")).toBe("100\u00a0%");
    expect(formatPercent(-0.05, "en")).toBe("-5%");
    expect(formatPercent(-0.05, "ar-MA")).toBe("\u200e-5\u200e%\u200e");
    expect(formatPercent(-0.05, "zgh")).toBe("-5\u00a0%");
  });

  it("groups thousands as each locale does, and keeps two decimals of basis points", () => {
    expect(formatPercent(12.345, "fr-MA")).toBe("1.234,5\u00a0%");
    expect(formatPercent(12.345, "zgh")).toBe("1\u00a0234,5\u00a0%");
    expect(formatBasisPoints(1234, "ar-MA")).toBe("12,34\u200e%\u200e");
    expect(formatBasisPoints(8000, "zgh")).toBe("80\u00a0%");
    expect(formatBasisPoints(1, "en")).toBe("0.01%");
  });
});
