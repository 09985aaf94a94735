import { encodeCursor, Page, Receipt, routes } from "@ghorfa/contract";
import { Agreement, Chamber, Lease, LeasePayment, Member, MemberPublic, Unit } from "@ghorfa/schemas";
import { casablancaSettat, soussMassa } from "@ghorfa/schemas/fixtures";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { projector } from "./project";

const sets = [soussMassa, casablancaSettat];
const cases: [string, z.ZodType, unknown[]][] = [
  ["Member", Member, sets.flatMap((s) => s.members)],
  ["MemberPublic", MemberPublic, sets.flatMap((s) => s.members)],
  ["Agreement", Agreement, sets.flatMap((s) => s.agreements)],
  ["Lease", Lease, sets.flatMap((s) => s.leases)],
  ["LeasePayment", LeasePayment, sets.flatMap((s) => s.payments)],
  ["Unit", Unit, sets.flatMap((s) => s.units)],
  ["Chamber", Chamber, sets.map((s) => s.chamber)],
];

describe("projector", () => {
  it.each(cases)("writes every %s of the demo data as the schema's parse does", (_name, schema, records) => {
    const project = projector(schema);
    for (const record of records)
      expect(JSON.stringify(project(record))).toBe(JSON.stringify(schema.parse(record)));
  });

  it("copies fields of any name as data, never as code, and nothing else", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a key that reads as a template, on purpose
    const odd = ['a"b', "c\\d", "e\nf", "`${g}`", "h']; throw 1; ['", "constructor", "0", "ت"];
    const schema = z.object(Object.fromEntries(odd.map((key) => [key, z.object({ k: z.string() })])));
    const value = Object.fromEntries([
      ...odd.map((key) => [key, { k: key, extra: "dropped" }]),
      ["unknown", "dropped"],
    ]);
    const projected = projector(schema)(value) as Record<string, unknown>;
    expect(Object.keys(projected).sort()).toEqual([...odd].sort());
    for (const key of odd) expect(projected[key]).toEqual({ k: key });
    expect(projector(schema)("not an object")).toBe("not an object");
  });

  it("writes a page of members in either view as parsing it does", () => {
    const members = sets.flatMap((s) => s.members);
    const page = { items: members, nextCursor: encodeCursor(members.at(-1)?.id ?? "") };
    const full = routes["members.list"].responses[200];
    expect(JSON.stringify(projector(full)(page))).toBe(JSON.stringify(full.parse(page)));
    expect(JSON.stringify(projector(Page(MemberPublic))(page))).toBe(
      JSON.stringify(Page(MemberPublic).parse(page)),
    );
  });

  it("drops what the schema does not name, at every depth", () => {
    const [member] = soussMassa.members;
    const polluted = {
      ...member,
      secretNote: "x",
      identifiers: { ...member?.identifiers, password: "y" },
      labels: [{ ...member?.labels[0], internal: true }],
    };
    const out = JSON.stringify(projector(MemberPublic)(polluted));
    expect(out).not.toMatch(/secretNote|password|internal|identifiers|contacts/);
  });

  it("keeps a receipt's parts to the fields the contract names", () => {
    const [payment] = soussMassa.payments;
    const lease = soussMassa.leases.find((l) => l.id === payment?.leaseId);
    const receipt = {
      chamber: soussMassa.chamber,
      payment,
      lease,
      unit: soussMassa.units.find((u) => u.id === lease?.unitId),
      tenant: soussMassa.members.find((m) => m.id === lease?.tenantId),
      amountInWords: "mille dirhams",
    };
    expect(JSON.stringify(projector(Receipt)(receipt))).toBe(JSON.stringify(Receipt.parse(receipt)));
  });
});
