import { region } from "@ghorfa/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHAMBER_IDS } from "../ids/chamber-id";
import { REGIONS, Region, regionOf } from "./region";

const TIFINAGH = /^[\u2D30-\u2D7F]+(?: [\u2D30-\u2D7F]+)*$/u;
const ARABIC = /^[\u0600-\u06FF]+(?: [\u0600-\u06FF]+)*$/u;

describe("REGIONS", () => {
  it("lists the 12 regions once each, in code order, every one valid", () => {
    expect(REGIONS.map((r) => r.code)).toEqual([...CHAMBER_IDS]);
    for (const region of REGIONS) expect(Region.parse(region)).toStrictEqual(region);
  });

  it("writes Tamazight names in Tifinagh and Arabic names in Arabic script", () => {
    for (const { names, seat } of REGIONS) {
      expect(names.zgh).toMatch(TIFINAGH);
      expect(seat.zgh).toMatch(TIFINAGH);
      expect(names.ar).toMatch(ARABIC);
      expect(seat.ar).toMatch(ARABIC);
    }
  });

  it("names Souss-Massa with its seat Agadir", () => {
    expect(regionOf("ma-09")).toMatchObject({
      names: { fr: "Souss-Massa", ar: "سوس ماسة", zgh: "ⵙⵓⵙ ⵎⴰⵙⵙⴰ" },
      seat: { fr: "Agadir", zgh: "ⴰⴳⴰⴷⵉⵔ" },
    });
  });
});

describe("Region", () => {
  it("requires the four languages and a known code", () => {
    const souss = regionOf("ma-09");
    expect(Region.safeParse({ ...souss, code: "ma-13" }).success).toBe(false);
    const { zgh: _, ...withoutZgh } = souss.names;
    expect(Region.safeParse({ ...souss, names: withoutZgh }).success).toBe(false);
    expect(Region.safeParse({ ...souss, seat: { ...souss.seat, fr: " " } }).success).toBe(false);
  });

  it("round-trips through JSON", () => {
    fc.assert(
      fc.property(region, (r) => {
        expect(Region.parse(JSON.parse(JSON.stringify(r)))).toStrictEqual(r);
      }),
    );
  });
});
