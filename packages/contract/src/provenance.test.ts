import * as domain from "@ghorfa/schemas";
import { Member, MemberStatus } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldsOf, patchOf } from "./fields";
import { toInlineJsonSchema } from "./openapi/json-schema";
import { contractOwned } from "./owned";
import { PROBLEM_KINDS, problemSchema } from "./problems";
import { foreignLeaves, reachableFrom } from "./provenance";
import { routeList } from "./routes";

const domainNodes = reachableFrom(Object.values(domain));

/** Every schema a route puts on the wire or checks, with where it sits. */
function routeSchemas() {
  return routeList.flatMap((route) => {
    const parts: [string, z.ZodType | null | undefined][] = [
      ["params", route.params],
      ["query", route.query],
      ["body", route.body],
      ["headers", route.headers],
      ...Object.entries(route.responses).map(
        ([status, schema]) => [`responses.${status}`, schema] as [string, z.ZodType | null],
      ),
      ["publicSchema", route.access.kind === "public-view" ? route.access.publicSchema : undefined],
    ];
    return parts
      .filter((part): part is [string, z.ZodType] => Boolean(part[1]))
      .map(([part, schema]) => ({ where: `${route.key} ${part}`, schema }));
  });
}

describe("provenance of the wire shapes", () => {
  it("builds every request and response schema of every route from @ghorfa/schemas", () => {
    const schemas = routeSchemas();
    expect(schemas.length).toBeGreaterThan(80);
    const foreign = schemas.flatMap(({ where, schema }) =>
      foreignLeaves(schema, domainNodes).map((leaf) => `${where}${leaf.path} (${leaf.type})`),
    );
    expect(foreign).toEqual([]);
  });

  it("builds the problem schemas from the contract's declared vocabulary", () => {
    expect(PROBLEM_KINDS.flatMap((kind) => foreignLeaves(problemSchema(kind), domainNodes))).toEqual([]);
  });

  it("finds a field written in the contract instead of taken from the domain", () => {
    const body = fieldsOf(Member).pick({ legalName: true }).extend({ nickname: z.string() });
    expect(foreignLeaves(body, domainNodes)).toEqual([{ path: ".nickname", type: "string" }]);
  });

  it("finds an enum or a field rewritten with the same values or tighter checks", () => {
    const copied = z.object({ status: z.enum(MemberStatus.options), name: Member.shape.legalName.max(20) });
    expect(foreignLeaves(copied, domainNodes).map((leaf) => leaf.path)).toEqual([".status", ".name"]);
  });

  it("accepts wrappers and compositions around domain schemas", () => {
    const composed = z.object({ items: z.array(Member), status: MemberStatus.optional().nullable() });
    expect(foreignLeaves(composed, domainNodes)).toEqual([]);
  });

  it("looks inside a patch's nullable fields: the entity's own pass, one written here does not", () => {
    expect(foreignLeaves(patchOf(fieldsOf(Member)), domainNodes)).toEqual([]);
    const widened = patchOf(fieldsOf(Member).extend({ nickname: z.string().optional() }));
    expect(widened.shape.nickname.safeParse(null).success).toBe(true);
    expect(foreignLeaves(widened, domainNodes)).toEqual([{ path: ".nickname", type: "string" }]);
  });

  it("owns nothing the domain already defines", () => {
    const domainJson = new Set(
      (Object.values(domain) as unknown[])
        .filter((value): value is z.ZodType => typeof value === "object" && value !== null && "_zod" in value)
        .map((schema) => JSON.stringify(toInlineJsonSchema(schema, "output"))),
    );
    const owned = [
      ...reachableFrom(routeList.flatMap((r) => [r.headers, r.query, r.body, ...Object.values(r.responses)])),
    ].filter((node) => contractOwned.has(node));
    expect(owned.length).toBeGreaterThan(5);
    for (const schema of owned) {
      expect(
        domainJson.has(JSON.stringify(toInlineJsonSchema(schema as z.ZodType, "output"))),
        contractOwned.get(schema)?.why,
      ).toBe(false);
    }
  });
});
