import { ROLE_SCOPES } from "@ghorfa/contract";
import { AccountRole } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import { WRITERS } from "./writers";

describe("the roles that may change a resource", () => {
  it.each(Object.keys(WRITERS) as (keyof typeof WRITERS)[])(
    "for %s, are those whose scopes hold its write scope",
    (resource) => {
      const writers = AccountRole.options.filter((role) =>
        (ROLE_SCOPES[role] as readonly string[]).includes(`${resource}:write`),
      );
      expect([...WRITERS[resource]].sort()).toEqual(writers.sort());
    },
  );
});
