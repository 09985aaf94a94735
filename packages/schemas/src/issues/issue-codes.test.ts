import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  GHORFA_ISSUE_CODES,
  ghorfaCodeOf,
  ghorfaIssue,
  ghorfaRawIssue,
  ghorfaValuesOf,
  issueCodeOf,
} from "./issue-codes";

// Every file of the package's sources, not only this folder's.
const here = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("Ghorfa issue codes", () => {
  it("are unique snake_case words", () => {
    expect(new Set(GHORFA_ISSUE_CODES).size).toBe(GHORFA_ISSUE_CODES.length);
    for (const code of GHORFA_ISSUE_CODES) expect(code).toMatch(/^[a-z]+(?:_[a-z0-9]+)*$/);
  });

  it("list every code the source raises, so i18n can translate them all", () => {
    const raised = new Set<string>();
    const pattern = /(?:ghorfa:\s*|ghorfaIssue\(\s*|ghorfaRawIssue\(\s*|patterned\([^,]+,\s*)"([a-z0-9_]+)"/g;
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? walk(join(dir, entry.name))
          : entry.name.endsWith(".ts")
            ? [join(dir, entry.name)]
            : [],
      );
    for (const file of walk(here).filter((f) => !f.endsWith(".test.ts"))) {
      for (const match of readFileSync(file, "utf8").matchAll(pattern)) raised.add(match[1] as string);
    }
    expect(raised.size).toBeGreaterThan(5);
    expect([...raised].filter((code) => !(GHORFA_ISSUE_CODES as readonly string[]).includes(code))).toEqual(
      [],
    );
  });

  it("are read back from a refinement's issue, and only from Ghorfa's", () => {
    const schema = z.string().refine((s) => s.length > 3, ghorfaIssue("ice_format", "too short"));
    const [issue] = schema.safeParse("ab").error?.issues ?? [];
    expect(issue && ghorfaCodeOf(issue)).toBe("ice_format");
    const [plain] = z.string().min(3).safeParse("ab").error?.issues ?? [];
    expect(plain && ghorfaCodeOf(plain)).toBeUndefined();
    expect(ghorfaCodeOf({ code: "custom", params: { ghorfa: "not_a_code" } })).toBeUndefined();
  });

  it("name an issue on the wire by its Ghorfa code, else by zod's, and pass on a code this version does not list", () => {
    const schema = z.string().refine((s) => s.length > 3, ghorfaIssue("ice_format", "too short"));
    const [issue] = schema.safeParse("ab").error?.issues ?? [];
    expect(issue && issueCodeOf(issue)).toBe("ice_format");
    const [plain] = z.string().min(3).safeParse("ab").error?.issues ?? [];
    expect(plain && issueCodeOf(plain)).toBe("too_small");
    expect(issueCodeOf({ code: "custom", params: { ghorfa: "not_a_code" } })).toBe("not_a_code");
    expect(issueCodeOf({ code: "custom", params: { ghorfa: 7 } })).toBe("custom");
  });

  it("carry the values a code names, required for such a code and absent from the others", () => {
    const early = ghorfaRawIssue("revision_too_early", "early", null, { earliestDate: "2028-01-02" });
    expect(ghorfaCodeOf(early)).toBe("revision_too_early");
    expect(ghorfaValuesOf(early)).toEqual({ earliestDate: "2028-01-02" });
    expect(ghorfaValuesOf(ghorfaRawIssue("ice_format", "bad", "1"))).toBeUndefined();
    // Values are read from Ghorfa's issues only.
    expect(ghorfaValuesOf({ code: "too_small", params: { values: { x: 1 } } })).toBeUndefined();
    expect(ghorfaValuesOf({ code: "custom", params: { ghorfa: "ice_format", values: [1] } })).toBeUndefined();
    // @ts-expect-error revision_above_cap names the highest lawful rent
    ghorfaRawIssue("revision_above_cap", "high", null);
    // @ts-expect-error ice_format names nothing
    ghorfaRawIssue("ice_format", "bad", null, { earliestDate: "2028-01-02" });
  });
});
