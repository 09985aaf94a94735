import { Agreement, Lease, Member } from "@ghorfa/schemas";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { fieldsOf, patchOf } from "./fields";
import { AgreementPatch } from "./resources/agreements";
import { LeasePatch } from "./resources/leases";
import { MemberPatch } from "./resources/members";

const patches = [
  { name: "MemberPatch", patch: MemberPatch, entity: Member },
  { name: "LeasePatch", patch: LeasePatch, entity: Lease },
  { name: "AgreementPatch", patch: AgreementPatch, entity: Agreement },
] as const;

/** The keys of `patch` whose entity field accepts a missing value, found by parsing. */
function optionalInEntity(patch: z.ZodObject, entity: z.ZodObject): string[] {
  return Object.keys(patch.shape).filter((key) => entity.shape[key]?.safeParse(undefined).success);
}

const issuePaths = (result: { error?: { issues: { path: PropertyKey[] }[] } | undefined }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("patchOf", () => {
  it("lets a patch remove a field the entity declares optional, with null", () => {
    expect(MemberPatch.parse({ tradeName: null })).toEqual({ tradeName: null });
    expect(LeasePatch.parse({ end: null, entryFee: null, rentHistory: null })).toEqual({
      end: null,
      entryFee: null,
      rentHistory: null,
    });
    expect(AgreementPatch.parse({ summary: null, signature: null })).toEqual({
      summary: null,
      signature: null,
    });
  });

  it("refuses null for a field the entity requires, at that field", () => {
    expect(issuePaths(MemberPatch.safeParse({ legalName: null, address: null }))).toEqual([
      "legalName",
      "address",
    ]);
    expect(issuePaths(LeasePatch.safeParse({ monthlyRent: null }))).toEqual(["monthlyRent"]);
    expect(issuePaths(AgreementPatch.safeParse({ title: null, published: null }))).toEqual([
      "title",
      "published",
    ]);
  });

  it("makes every field optional, and still checks a value given", () => {
    for (const { patch } of patches) expect(patch.parse({})).toEqual({});
    expect(issuePaths(MemberPatch.safeParse({ tradeName: "   " }))).toEqual(["tradeName"]);
    expect(issuePaths(LeasePatch.safeParse({ termMonths: 0 }))).toEqual(["termMonths"]);
  });

  it.each(patches)("takes null in $name exactly where the entity may lack the field", ({ patch, entity }) => {
    const optional = optionalInEntity(patch, entity);
    expect(optional.length).toBeGreaterThan(0);
    const nullable = Object.keys(patch.shape).filter((key) => patch.safeParse({ [key]: null }).success);
    expect(nullable).toEqual(optional);
  });

  it.each(patches)("wraps the entity's own field schemas in $name, never copies", ({ patch, entity }) => {
    for (const [key, field] of Object.entries(patch.shape)) {
      expect((field as z.ZodOptional | z.ZodNullable).unwrap(), key).toBe(entity.shape[key as never]);
    }
  });

  it("says what null means, on the body and on each field that takes it", () => {
    expect(MemberPatch.description).toContain("RFC 7396");
    expect(MemberPatch.shape.tradeName.description).toContain("`null` removes it");
    expect(MemberPatch.shape.legalName.description).toBeUndefined();
  });

  it("types null as a removal of optional fields only", () => {
    expectTypeOf<z.input<typeof MemberPatch>["tradeName"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<z.input<typeof MemberPatch>["legalName"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<z.output<typeof LeasePatch>["end"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<z.output<typeof AgreementPatch>["signature"]>().toEqualTypeOf<
      z.output<typeof Agreement>["signature"] | null
    >();
    expectTypeOf(patchOf(fieldsOf(Member)).shape.tradeName).toEqualTypeOf<
      z.ZodNullable<(typeof Member)["shape"]["tradeName"]>
    >();
  });
});
