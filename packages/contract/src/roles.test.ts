import { AccountRole } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import { ROLE_SCOPES } from "./roles";
import { CHAMBER_SCOPES } from "./scopes";

const reads = CHAMBER_SCOPES.filter((scope) => scope.endsWith(":read"));

describe("ROLE_SCOPES", () => {
  it("gives every role a set of chamber scopes, and none the operator's admin", () => {
    for (const role of AccountRole.options) {
      expect(ROLE_SCOPES[role].length).toBeGreaterThan(0);
      expect(ROLE_SCOPES[role] as readonly string[]).not.toContain("admin");
    }
  });

  it("lets a viewer read everything and write nothing", () => {
    expect([...ROLE_SCOPES.viewer].sort()).toEqual([...reads].sort());
  });

  it("grows from agent to manager to admin, admin holding every chamber scope", () => {
    expect(ROLE_SCOPES.agent).toEqual(expect.arrayContaining([...reads, "members:write", "events:write"]));
    expect(ROLE_SCOPES.agent).not.toContain("agreements:write");
    expect(ROLE_SCOPES.manager).toEqual(
      expect.arrayContaining([...ROLE_SCOPES.agent, "agreements:write", "labels:write"]),
    );
    expect([...ROLE_SCOPES.admin].sort()).toEqual([...CHAMBER_SCOPES].sort());
  });

  it("lets a member only read what concerns a member", () => {
    expect([...ROLE_SCOPES.member].sort()).toEqual([
      "events:read",
      "leases:read",
      "members:read",
      "services:read",
    ]);
  });
});
