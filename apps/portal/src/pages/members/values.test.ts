import { ROLE_SCOPES } from "@ghorfa/contract";
import { AccountRole, LegalForm, MemberStatus, Section } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import { LEGAL_FORMS, MEMBER_STATUSES, MEMBER_WRITERS, SECTIONS } from "./values";

describe("the members pages' enum values", () => {
  it("are the schemas' own, in their order", () => {
    expect(MEMBER_STATUSES).toEqual(MemberStatus.options);
    expect(SECTIONS).toEqual(Section.options);
    expect(LEGAL_FORMS).toEqual(LegalForm.options);
  });

  it("the roles that may change members are those whose scopes hold members:write", () => {
    const writers = AccountRole.options.filter((role) =>
      (ROLE_SCOPES[role] as readonly string[]).includes("members:write"),
    );
    expect([...MEMBER_WRITERS].sort()).toEqual(writers.sort());
  });
});
