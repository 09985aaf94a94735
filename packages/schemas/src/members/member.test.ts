import { member, memberPublic } from "@ghorfa/testing/arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { soussMassaMembers } from "../fixtures/members";
import { fixtureId } from "../ids/ids";
import { ghorfaCodeOf } from "../issues/issue-codes";
import { Member, MemberPublic, toMemberPublic } from "./member";

const codesOf = (value: unknown) => Member.safeParse(value).error?.issues.map(ghorfaCodeOf) ?? [];
const argan = soussMassaMembers[3] as Member;
const withIdentifiers = (identifiers: object) => ({
  ...argan,
  identifiers: { ...argan.identifiers, ...identifiers },
});

describe("Member", () => {
  it("round-trips generated members through JSON", () => {
    fc.assert(
      fc.property(member, (m) => {
        const parsed = Member.parse(m);
        expect(parsed).toStrictEqual(m);
        expect(Member.parse(JSON.parse(JSON.stringify(parsed)))).toStrictEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });

  it("normalizes a phone number written the usual way to E.164", () => {
    const parsed = Member.parse({ ...argan, contacts: { phone: "06 61 23 45 67" } });
    expect(parsed.contacts.phone).toBe("+212661234567");
  });

  it("refuses an id that names another chamber than its own", () => {
    expect(codesOf({ ...argan, id: fixtureId("member", "ma-06", 3) })).toEqual(["member_chamber_mismatch"]);
    expect(codesOf({ ...argan, chamberId: "ma-06" })).toEqual(["member_chamber_mismatch"]);
  });

  it("refuses an ICE that is malformed or whose control pair is wrong, each with its code", () => {
    expect(codesOf(withIdentifiers({ ice: "00156119100006" }))).toEqual(["ice_format"]);
    expect(codesOf(withIdentifiers({ ice: "001561191000067" }))).toEqual(["ice_checksum"]);
  });

  it("refuses identifiers of the wrong shape", () => {
    expect(codesOf(withIdentifiers({ if: "12" }))).toEqual(["if_format"]);
    expect(codesOf(withIdentifiers({ tp: "abcdefgh" }))).toEqual(["tp_format"]);
    expect(codesOf(withIdentifiers({ cnss: "123" }))).toEqual(["cnss_format"]);
    expect(codesOf(withIdentifiers({ rc: { court: "Agadir", number: "" } }))).toEqual(["rc_number_format"]);
    expect(Member.safeParse(withIdentifiers({ rc: undefined })).success).toBe(false);
  });

  it("refuses an update before the creation, and a label that expires before it is granted", () => {
    expect(codesOf({ ...argan, updatedAt: "2020-01-01T00:00:00Z" })).toEqual(["date_range_order"]);
    const [label] = argan.labels;
    expect(codesOf({ ...argan, labels: [{ ...label, validUntil: "2020-01-01" }] })).toEqual([
      "date_range_order",
    ]);
  });

  it("refuses malformed fields", () => {
    for (const bad of [
      { ...argan, id: fixtureId("unit", "ma-09", 3) },
      { ...argan, legalName: "  " },
      { ...argan, legalForm: "llc" },
      { ...argan, section: "agriculture" },
      { ...argan, status: "deleted" },
      { ...argan, activity: {} },
      { ...argan, address: { ...argan.address, region: "ma-16" } },
      { ...argan, address: { ...argan.address, postalCode: "8000" } },
      { ...argan, contacts: { phone: "0812345678" } },
      { ...argan, contacts: { email: "not-an-email" } },
      { ...argan, contacts: { website: "javascript:alert(1)" } },
      { ...argan, labels: [{ ...argan.labels[0], code: "Souss Massa" }] },
      { ...argan, createdAt: "2025-13-01T00:00:00Z" },
      { ...argan, createdAt: "2025-01-01" },
    ]) {
      expect(Member.safeParse(bad).success).toBe(false);
    }
  });
});

describe("MemberPublic", () => {
  it("keeps names, section, activity, region, city and labels, and drops everything else", () => {
    const view = toMemberPublic(argan);
    expect(Object.keys(view).sort()).toEqual(
      ["activity", "address", "chamberId", "id", "labels", "legalName", "section"].sort(),
    );
    expect(view.address).toEqual({ region: "ma-09", city: argan.address.city });
    expect(JSON.stringify(view)).not.toContain(argan.identifiers.ice);
  });

  it("round-trips generated public views through JSON, and refuses a foreign id", () => {
    fc.assert(
      fc.property(memberPublic, (m) => {
        expect(MemberPublic.parse(JSON.parse(JSON.stringify(m)))).toStrictEqual(m);
      }),
      { numRuns: 100 },
    );
    const view = toMemberPublic(argan);
    const result = MemberPublic.safeParse({ ...view, chamberId: "ma-01" });
    expect(result.error?.issues.map(ghorfaCodeOf)).toEqual(["member_chamber_mismatch"]);
  });
});
