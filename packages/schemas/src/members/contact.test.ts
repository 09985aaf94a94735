import { phone } from "@ghorfa/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { Email, MoroccanPhone, toMoroccanE164, WebUrl } from "./contact";

describe("MoroccanPhone", () => {
  it.each([
    ["0612345678", "+212612345678"],
    ["06 12 34 56 78", "+212612345678"],
    ["06.12.34.56.78", "+212612345678"],
    ["0612-345-678", "+212612345678"],
    ["07 00 11 22 33", "+212700112233"],
    ["0528 82 12 34", "+212528821234"],
    ["+212 6 12 34 56 78", "+212612345678"],
    ["+212612345678", "+212612345678"],
    ["00212 5 28 82 12 34", "+212528821234"],
    ["+212 (0)5 28 82 12 34", "+212528821234"],
    ["06\u00a012\u202f34 56 78", "+212612345678"],
    ["0528 82 12 34", "+212528821234"],
    ["05 37 77 77 77", "+212537777777"],
    ["+212 6 61 23 45 67", "+212661234567"],
    ["00212661234567", "+212661234567"],
    ["00 212 6 61 23 45 67", "+212661234567"],
    ["(+212) 6 61-23-45-67", "+212661234567"],
    ["212661234567", "+212661234567"],
    ["06.61.23.45.67", "+212661234567"],
    ["06/61/23/45/67", "+212661234567"],
    ["06–61–23–45–67", "+212661234567"],
    ["+212 (0) 6 61 23 45 67", "+212661234567"],
    ["+212 (0)6 61 23 45 67", "+212661234567"],
    ["+212 06 61 23 45 67", "+212661234567"],
    ["(0528) 82 12 34", "+212528821234"],
    ["٠٦٦١٢٣٤٥٦٧", "+212661234567"],
    ["\u200f06 61 23 45 67\u200f", "+212661234567"],
    [" 0661234567 ", "+212661234567"],
  ])("reads %j as %s", (input, e164) => {
    expect(MoroccanPhone.parse(input)).toBe(e164);
  });

  it.each([
    "0812345678",
    "0412345678",
    "061234567",
    "06123456789",
    "+33612345678",
    "+2120612345678x",
    "612345678",
    "06 12 34 56 7a",
    "",
    "0808123456",
    "0800123456",
    "0312345678",
    "+212 8 08 12 34 56",
    "+33 6 12 34 56 78",
    "0033612345678",
    "+221 77 123 45 67",
    "+34 956 12 34 56",
    "++212661234567",
    "+0212661234567",
    "2126612345678",
    "21266123456",
    "+212 6 61 23 45 67 ext. 12",
    "tel:+212661234567",
    "0 6 61 23 45 6",
  ])("refuses %j with the phone_invalid code", (input) => {
    const result = MoroccanPhone.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(ghorfaCodeOf)).toEqual(["phone_invalid"]);
  });

  it("refuses what is not a string", () => {
    expect(MoroccanPhone.safeParse(612345678).success).toBe(false);
    expect(toMoroccanE164(212661234567 as never)).toBeUndefined();
  });

  it("gives back the same E.164 number for every way of writing it", () => {
    const written = (e164: string) => {
      const national = `0${e164.slice(4)}`;
      return fc.constantFrom(
        national,
        national.replace(/(\d\d)(?=\d)/g, "$1 "),
        national.replace(/(\d\d)(?=\d)/g, "$1."),
        `00212${e164.slice(4)}`,
        `+212 ${e164.slice(4, 5)} ${e164.slice(5)}`,
        `(+212) ${e164.slice(4, 5)} ${e164.slice(5).replace(/(\d\d)(?=\d)/g, "$1-")}`,
        `+212 (0)${e164.slice(4)}`,
        `212${e164.slice(4)}`,
        national.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
        e164,
      );
    };
    fc.assert(
      fc.property(
        phone.chain((e164) => written(e164).map((text) => [e164, text] as const)),
        ([e164, text]) => {
          expect(toMoroccanE164(text)).toBe(e164);
          expect(MoroccanPhone.parse(MoroccanPhone.parse(text))).toBe(e164);
        },
      ),
    );
  });
});

describe("Email and WebUrl", () => {
  it("accept usual addresses", () => {
    expect(Email.parse("contact@ccis-agadir.ma")).toBe("contact@ccis-agadir.ma");
    expect(WebUrl.parse("https://www.ccis-agadir.ma/services")).toBe("https://www.ccis-agadir.ma/services");
    expect(WebUrl.parse("http://localhost:8080")).toBe("http://localhost:8080");
  });

  it("refuse malformed addresses and non-web schemes", () => {
    for (const bad of ["contact", "contact@", "@ccis.ma", "a b@ccis.ma", " a@ccis.ma"])
      expect(Email.safeParse(bad).success).toBe(false);
    for (const bad of ["javascript:alert(1)", "ftp://ccis.ma", "ccis.ma", "mailto:a@b.ma"]) {
      expect(WebUrl.safeParse(bad).success).toBe(false);
    }
  });
});
