import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ghorfaCodeOf } from "../issues/issue-codes";
import {
  Cnss,
  completeIce,
  Ice,
  IdentifiantFiscal,
  isValidIce,
  RegistreCommerce,
  TaxeProfessionnelle,
} from "./identifiers";

const REAL_ICES = ["001561191000066", "001527456000081", "000030205000041"];
const codesOf = (result: { error?: { issues: { code?: string; params?: unknown }[] } }) =>
  result.error?.issues.map(ghorfaCodeOf);

describe("isValidIce", () => {
  it("accepts the three real ICE numbers", () => {
    for (const ice of REAL_ICES) expect(isValidIce(ice)).toBe(true);
  });

  it("rejects the real numbers with any other control pair", () => {
    for (const ice of REAL_ICES) {
      for (let pair = 0; pair < 100; pair++) {
        const other = ice.slice(0, 13) + String(pair).padStart(2, "0");
        if (other !== ice) expect(isValidIce(other)).toBe(false);
      }
    }
  });

  it("agrees with the divisibility of the whole number by 97", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (n) => {
        expect(isValidIce(n.toString().padStart(15, "0"))).toBe(n % 97n === 0n);
      }),
    );
  });

  it("rejects anything but 15 ASCII digits", () => {
    for (const bad of [
      "00156119100006",
      "0015611910000660",
      "00156119100006a",
      " 001561191000066",
      "001561191000066 ",
      "001 561 191 000 066",
      "001.561.191.000.066",
      "٠٠١٥٦١١٩١٠٠٠٠٦٦",
      "۰۰۱۵۶۱۱۹۱۰۰۰۰۶۶",
      "００１５６１１９１０００００６６",
      "+01561191000066",
      "-01561191000066",
      "1.561191000066e3",
      "",
    ]) {
      expect(isValidIce(bad)).toBe(false);
    }
  });

  it("never throws, whatever it is given, and agrees with the arithmetic on 15 ASCII digits", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^[0-9]{13,17}$/)), (value) => {
        const expected = /^[0-9]{15}$/.test(value) && BigInt(value) % 97n === 0n;
        expect(isValidIce(value)).toBe(expected);
      }),
    );
    for (const value of [undefined, null, 1561191000066, {}, ["001561191000066"]]) {
      expect(isValidIce(value as never)).toBe(false);
    }
  });
});

describe("completeIce", () => {
  it("finds the control pair of the real numbers", () => {
    for (const ice of REAL_ICES) expect(completeIce(ice.slice(0, 13))).toBe(ice);
  });

  it("always makes a valid ICE", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{13}$/), (first13) => {
        expect(isValidIce(completeIce(first13))).toBe(true);
      }),
    );
  });

  it("finds control pairs computed by hand", () => {
    // 0000000000001|00 is 100 = 97 + 3: the pair is 97 - 3 = 94, and 194 = 2 × 97.
    expect(completeIce("0000000000001")).toBe("000000000000194");
    // 1000000000000|00 is 10^14 = (10^2)^7 ≡ 3^7 = 2187 ≡ 53 (mod 97): the pair is 97 - 53 = 44.
    expect(completeIce("1000000000000")).toBe("100000000000044");
    // A remainder of 0 needs the pair 00, not 97: 0000000000097|00 is 97 × 100.
    expect(completeIce("0000000000097")).toBe("000000000009700");
  });

  it("refuses anything but 13 digits", () => {
    for (const bad of ["123", "00000000000001", "000000000000", "000000000000a", "٠٠٠٠٠٠٠٠٠٠٠٠١"]) {
      expect(() => completeIce(bad)).toThrow(RangeError);
    }
  });
});

describe("Ice", () => {
  it("accepts a valid ICE as it is", () => {
    expect(Ice.parse("001561191000066")).toBe("001561191000066");
  });

  it("tells a malformed ICE from one with a wrong control pair", () => {
    expect(codesOf(Ice.safeParse("12345"))).toEqual(["ice_format"]);
    expect(codesOf(Ice.safeParse("00156119100006X"))).toEqual(["ice_format"]);
    expect(codesOf(Ice.safeParse("001561191000067"))).toEqual(["ice_checksum"]);
    expect(Ice.safeParse(1561191000066).success).toBe(false);
    expect(codesOf(Ice.safeParse("001 561 191 000 066"))).toEqual(["ice_format"]);
    expect(codesOf(Ice.safeParse("0015611910000660"))).toEqual(["ice_format"]);
    expect(codesOf(Ice.safeParse("٠٠١٥٦١١٩١٠٠٠٠٦٦"))).toEqual(["ice_format"]);
  });
});

describe("RC, IF, TP and CNSS", () => {
  it("trim an RC court and keep the number as written, leading zeros included", () => {
    expect(RegistreCommerce.parse({ court: "  Inezgane ", number: "0001234" })).toEqual({
      court: "Inezgane",
      number: "0001234",
    });
  });

  it("accept digits of their documented lengths", () => {
    expect(RegistreCommerce.parse({ court: "Agadir", number: "12345" })).toEqual({
      court: "Agadir",
      number: "12345",
    });
    expect(IdentifiantFiscal.parse("1234567")).toBe("1234567");
    expect(IdentifiantFiscal.parse("40123456")).toBe("40123456");
    expect(TaxeProfessionnelle.parse("48123456")).toBe("48123456");
    expect(Cnss.parse("6123456")).toBe("6123456");
  });

  it("refuse other lengths and non-digits, each with its own code", () => {
    expect(codesOf(RegistreCommerce.safeParse({ court: "Agadir", number: "12345678" }))).toEqual([
      "rc_number_format",
    ]);
    expect(codesOf(RegistreCommerce.safeParse({ court: "Agadir", number: "12 345" }))).toEqual([
      "rc_number_format",
    ]);
    expect(RegistreCommerce.safeParse({ court: " ", number: "1" }).success).toBe(false);
    expect(RegistreCommerce.safeParse({ court: " a ", number: "1" }).success).toBe(false);
    expect(RegistreCommerce.safeParse({ court: "Agadir", number: "" }).success).toBe(false);
    expect(codesOf(RegistreCommerce.safeParse({ court: "Agadir", number: "١٢٣" }))).toEqual([
      "rc_number_format",
    ]);
    expect(codesOf(IdentifiantFiscal.safeParse("1234567 "))).toEqual(["if_format"]);
    expect(codesOf(TaxeProfessionnelle.safeParse("123456"))).toEqual(["tp_format"]);
    expect(codesOf(Cnss.safeParse("612345"))).toEqual(["cnss_format"]);
    expect(codesOf(IdentifiantFiscal.safeParse("123456"))).toEqual(["if_format"]);
    expect(codesOf(TaxeProfessionnelle.safeParse("481234567"))).toEqual(["tp_format"]);
    expect(codesOf(Cnss.safeParse("61234567"))).toEqual(["cnss_format"]);
    expect(codesOf(Cnss.safeParse("612345a"))).toEqual(["cnss_format"]);
  });
});
