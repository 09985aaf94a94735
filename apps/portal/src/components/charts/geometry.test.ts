import { describe, expect, it } from "vitest";
import { barSpan, shareOf } from "./geometry";

describe("bars grow from the inline start", () => {
  it("starts at the left in French and at the right in Arabic, same length", () => {
    expect(barSpan(0, 30, 100, "ltr")).toEqual({ x: 0, width: 30 });
    expect(barSpan(0, 30, 100, "rtl")).toEqual({ x: 70, width: 30 });
  });

  it("stacks a second segment after the first, mirrored in Arabic", () => {
    expect(barSpan(30, 50, 100, "ltr")).toEqual({ x: 30, width: 50 });
    expect(barSpan(30, 50, 100, "rtl")).toEqual({ x: 20, width: 50 });
  });

  it("never leaves the track", () => {
    expect(barSpan(90, 50, 100, "ltr")).toEqual({ x: 90, width: 10 });
    expect(barSpan(-5, 200, 100, "rtl")).toEqual({ x: 0, width: 100 });
  });

  it("shares: nothing over nothing is empty, never more than the whole", () => {
    expect(shareOf(5, 0)).toBe(0);
    expect(shareOf(0, 10)).toBe(0);
    expect(shareOf(5, 10)).toBe(0.5);
    expect(shareOf(15, 10)).toBe(1);
  });
});
