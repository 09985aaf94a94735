import { describe, expect, it } from "vitest";
import { FSI, isolate, PDI } from "./isolate";

describe("isolate", () => {
  it("wraps text in first-strong-isolate and pop-directional-isolate", () => {
    expect(isolate("ISO 9001")).toBe("\u2068ISO 9001\u2069");
    expect(FSI.codePointAt(0)).toBe(0x2068);
    expect(PDI.codePointAt(0)).toBe(0x2069);
  });

  it("keeps an isolated value whole, so an Arabic sentence cannot reorder its parts", () => {
    const sentence = `شهادة ${isolate("ISO 9001")} للسنة الرابعة`;
    const start = sentence.indexOf(FSI);
    expect(sentence.slice(start, sentence.indexOf(PDI) + 1)).toBe(`${FSI}ISO 9001${PDI}`);
  });
});
