import { Member, MemberId, MemberPublic, MemberStatus, textLine } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { Access } from "../access";
import { fieldsOf } from "../fields";
import { Page, PageQuery } from "../pagination";
import { type Route, type RouteDefinition, route } from "../route";
import { routes as contractRoutes } from "../routes";
import { findBreakingChanges } from "./compare";
import { describeContract } from "./describe";

const fields = fieldsOf(Member);
const ThingPath = z.object({ thingId: MemberId });
const read: Access = {
  kind: "public-view",
  scope: "members:read",
  publicSchema: MemberPublic,
  publicRows: { field: "status", in: ["active", "pending"] },
};

/** A small made-up contract; each test changes one thing in it. */
function contract(
  change: {
    response?: z.ZodObject;
    body?: z.ZodObject;
    query?: z.ZodObject;
    access?: Access;
    drop?: string;
    extra?: Record<string, Route>;
    get?: Partial<RouteDefinition>;
  } = {},
) {
  const response =
    change.response ??
    z.object({ id: fields.shape.id, legalName: fields.shape.legalName, status: MemberStatus });
  const all: Record<string, Route> = {
    "things.list": route({
      method: "GET",
      path: "/things",
      summary: "s",
      tag: "members",
      query: change.query ?? PageQuery,
      access: change.access ?? read,
      paginated: true,
      responses: { 200: Page(response) },
    }),
    "things.get": route({
      method: "GET",
      path: "/things/{thingId}",
      summary: "s",
      tag: "members",
      params: ThingPath,
      access: read,
      responses: { 200: response },
      ...change.get,
    } as RouteDefinition),
    "things.create": route({
      method: "POST",
      path: "/things",
      summary: "s",
      tag: "members",
      body:
        change.body ??
        z.object({
          legalName: fields.shape.legalName,
          tradeName: fields.shape.tradeName,
          status: MemberStatus,
        }),
      access: { kind: "scoped", scope: "members:write" },
      responses: { 201: response },
    }),
    ...change.extra,
  };
  if (change.drop) delete all[change.drop];
  return describeContract(all);
}

const kindsOf = (after: ReturnType<typeof contract>) =>
  findBreakingChanges(contract(), after).map((c) => c.kind);

describe("the breaking-change gate", () => {
  it("finds nothing between a contract and itself, the real one included", () => {
    expect(findBreakingChanges(contract(), contract())).toEqual([]);
    const real = describeContract(contractRoutes);
    expect(findBreakingChanges(real, structuredClone(real))).toEqual([]);
  });

  it("fails a removed route, and a route moved to another method or path", () => {
    expect(kindsOf(contract({ drop: "things.get" }))).toEqual(["route-removed"]);
    expect(kindsOf(contract({ get: { method: "DELETE", responses: { 204: null } } }))).toEqual([
      "route-removed",
    ]);
  });

  it("fails a response field removed, or no longer always present", () => {
    const withoutName = z.object({ id: fields.shape.id, status: MemberStatus });
    expect(kindsOf(contract({ response: withoutName }))).toContain("response-field-removed");
    const optionalName = z.object({
      id: fields.shape.id,
      legalName: fields.shape.legalName.optional(),
      status: MemberStatus,
    });
    const changes = findBreakingChanges(contract(), contract({ response: optionalName }));
    expect(changes.map((c) => c.where)).toEqual(
      expect.arrayContaining([
        "things.get responses.200.legalName",
        "things.list responses.200.items[].legalName",
      ]),
    );
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(["response-field-removed"]));
  });

  it("fails a request field made required, and a new required request field", () => {
    const tradeRequired = z.object({
      legalName: fields.shape.legalName,
      tradeName: fields.shape.tradeName.unwrap(),
      status: MemberStatus,
    });
    expect(kindsOf(contract({ body: tradeRequired }))).toEqual(["request-field-required"]);
    const newRequired = z.object({
      legalName: fields.shape.legalName,
      tradeName: fields.shape.tradeName,
      status: MemberStatus,
      section: fields.shape.section,
    });
    expect(findBreakingChanges(contract(), contract({ body: newRequired }))).toEqual([
      { kind: "request-field-required", where: "things.create body.section", detail: "new required field" },
    ]);
    const requiredFilter = PageQuery.extend({ section: fields.shape.section });
    expect(kindsOf(contract({ query: requiredFilter }))).toEqual(["request-field-required"]);
  });

  it("fails an enum value removed, from a request or from a response", () => {
    const fewer = MemberStatus.exclude(["struck_off"]);
    expect(
      kindsOf(
        contract({
          body: z.object({
            legalName: fields.shape.legalName,
            tradeName: fields.shape.tradeName,
            status: fewer,
          }),
        }),
      ),
    ).toEqual(["enum-value-removed"]);
    expect(
      kindsOf(
        contract({
          response: z.object({ id: fields.shape.id, legalName: fields.shape.legalName, status: fewer }),
        }),
      ),
    ).toEqual(["enum-value-removed", "enum-value-removed", "enum-value-removed"]);
  });

  it("fails a request type narrowed: another type, a tighter bound, a new pattern", () => {
    const withName = (legalName: z.ZodType) =>
      contract({ body: z.object({ legalName, tradeName: fields.shape.tradeName, status: MemberStatus }) });
    expect(kindsOf(withName(z.int()))).toContain("type-narrowed");
    expect(kindsOf(withName(textLine().max(100)))).toEqual(["type-narrowed"]);
    expect(
      kindsOf(
        withName(
          textLine()
            .max(200)
            .regex(/^[A-Z]/),
        ),
      ),
    ).toEqual(["type-narrowed"]);
    expect(kindsOf(withName(z.enum(["a", "b"])))).toEqual(["type-narrowed"]);
  });

  it("fails a response type widened: a field that may now be null", () => {
    const nullable = z.object({
      id: fields.shape.id,
      legalName: fields.shape.legalName.nullable(),
      status: MemberStatus,
    });
    expect(new Set(kindsOf(contract({ response: nullable })))).toEqual(new Set(["type-widened"]));
  });

  it("fails a scope tightened: public to keyed, another scope, fewer public rows", () => {
    expect(kindsOf(contract({ access: { kind: "scoped", scope: "members:read" } }))).toEqual([
      "scope-tightened",
    ]);
    expect(kindsOf(contract({ access: { ...read, scope: "members:write" } as Access }))).toEqual([
      "scope-tightened",
    ]);
    expect(
      kindsOf(contract({ access: { ...read, publicRows: { field: "status", in: ["active"] } } as Access })),
    ).toEqual(["scope-tightened"]);
  });

  it("fails a changed success status and a newly required If-Match", () => {
    expect(kindsOf(contract({ get: { responses: { 204: null } } }))).toEqual(["response-status-changed"]);
    expect(kindsOf(contract({ get: { ifMatch: "required" } }))).toEqual(["request-field-required"]);
  });

  it("passes additive changes: new routes, optional fields, response fields, enum values, looser access", () => {
    const extra = {
      "things.count": route({
        method: "GET",
        path: "/things/count",
        summary: "s",
        tag: "members",
        access: { kind: "public" },
        responses: { 200: MemberStatus },
      }),
    };
    expect(kindsOf(contract({ extra }))).toEqual([]);
    const moreBody = z.object({
      legalName: fields.shape.legalName.or(z.null()),
      tradeName: fields.shape.tradeName,
      status: MemberStatus.or(z.literal("archived")),
      note: z.string().optional(),
    });
    expect(kindsOf(contract({ body: moreBody }))).toEqual([]);
    const moreResponse = z.object({
      id: fields.shape.id,
      legalName: fields.shape.legalName,
      status: MemberStatus.or(z.literal("archived")),
      section: fields.shape.section,
    });
    expect(kindsOf(contract({ response: moreResponse }))).toEqual([]);
    expect(kindsOf(contract({ query: PageQuery.extend({ q: z.string().optional() }) }))).toEqual([]);
    expect(kindsOf(contract({ access: { kind: "public" } }))).toEqual([]);
    expect(kindsOf(contract({ access: { ...read, publicRows: undefined } as Access }))).toEqual([]);
    expect(
      kindsOf(
        contract({
          body: z.object({ legalName: z.string(), tradeName: fields.shape.tradeName, status: MemberStatus }),
        }),
      ),
    ).toEqual([]);
  });

  it("follows references into named schemas: a field dropped from MemberPublic breaks the routes that send it", () => {
    const real = describeContract(contractRoutes);
    const after = structuredClone(real);
    const memberPublic = after.schemas.MemberPublic as {
      properties: Record<string, unknown>;
      required: string[];
    };
    delete memberPublic.properties.tradeName;
    const changes = findBreakingChanges(real, after);
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(["response-field-removed"]));
    expect(changes.map((c) => c.where)).toEqual(
      expect.arrayContaining([
        "members.list access publicSchema.tradeName",
        "members.get responses.200.tradeName",
        "members.list responses.200.items[].tradeName",
      ]),
    );
  });

  it("fails a scope or a problem type removed from the contract", () => {
    const after = contract();
    after.scopes = after.scopes.filter((scope) => scope !== "leases:write");
    delete after.problems.conflict;
    expect(kindsOf(after)).toEqual(["enum-value-removed", "enum-value-removed"]);
  });
});
