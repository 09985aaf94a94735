import { describe, expect, it } from "vitest";
import { fixtureId } from "../ids/ids";
import { Account, Password } from "./account";

const staff = {
  id: fixtureId("account", "ma-09", 1),
  chamberId: "ma-09",
  email: "Accueil@CCI-SM.ma",
  displayName: "Front desk",
  role: "agent",
  disabled: false,
  createdAt: "2026-01-30T09:00:00.000Z",
  updatedAt: "2026-01-30T09:00:00.000Z",
} as const;

describe("Account", () => {
  it("keeps the e-mail address in lowercase", () => {
    expect(Account.parse(staff).email).toBe("accueil@cci-sm.ma");
  });

  it("names a member exactly for a member account", () => {
    const memberId = fixtureId("member", "ma-09", 1);
    expect(Account.safeParse({ ...staff, role: "member", memberId }).success).toBe(true);
    const codes = (value: unknown) =>
      Account.safeParse(value).error?.issues.map(
        (issue) => (issue as { params?: { ghorfa?: string } }).params?.ghorfa,
      );
    expect(codes({ ...staff, role: "member" })).toEqual(["account_member_id"]);
    expect(codes({ ...staff, memberId })).toEqual(["account_member_id"]);
  });
});

describe("Password", () => {
  it("takes 12 to 256 characters, counted as characters, and refuses others with password_length", () => {
    expect(Password.safeParse("a".repeat(12)).success).toBe(true);
    expect(Password.safeParse("ⵣ".repeat(256)).success).toBe(true);
    for (const refused of ["a".repeat(11), "a".repeat(257), ""]) {
      const issues = Password.safeParse(refused).error?.issues ?? [];
      expect(issues.map((issue) => (issue as { params?: { ghorfa?: string } }).params?.ghorfa)).toEqual([
        "password_length",
      ]);
    }
  });
});
