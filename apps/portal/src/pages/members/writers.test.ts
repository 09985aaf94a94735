import { ROLE_SCOPES } from "@ghorfa/contract";
import { AccountRole } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import { MEMBER_WRITERS } from "./writers";

describe("the roles that may change members", () => {
  it("are those whose scopes hold members:write", () => {
    const writers = AccountRole.options.filter((role) =>
      (ROLE_SCOPES[role] as readonly string[]).includes("members:write"),
    );
    expect([...MEMBER_WRITERS].sort()).toEqual(writers.sort());
  });
});
