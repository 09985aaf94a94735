import { IsoDate, IsoDateTime, Member, MemberPublic, MemberStatus } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { findBreakingChanges } from "../src/breaking/compare";
import { describeContract } from "../src/breaking/describe";
import { fieldsOf } from "../src/fields";
import { PageQuery } from "../src/pagination";
import { routes } from "../src/routes";
import { changesBetween, createRoute, getRoute, kindsBetween, listRoute } from "./made-up-routes";

const fields = fieldsOf(Member);
const label = z.object({ code: z.string(), since: IsoDate });
const thing = (extra: z.core.$ZodShape = {}, labelSchema: z.ZodType = label) =>
  z.object({ id: fields.shape.id, name: z.string().max(100), labels: z.array(labelSchema), ...extra });
const body = (name: z.ZodType, extra: z.core.$ZodShape = {}) =>
  z.object({ name, status: MemberStatus.optional(), ...extra });

describe("the gate, fed made-up breaking changes", () => {
  it("fails a response field removed inside an array item", () => {
    const before = { "things.get": getRoute(thing()) };
    const after = { "things.get": getRoute(thing({}, label.omit({ since: true }))) };
    expect(changesBetween(before, after)).toEqual([
      {
        kind: "response-field-removed",
        where: "things.get responses.200.labels[].since",
        detail: "field removed",
      },
    ]);
  });

  it("fails a response field removed inside a named component that a response refers to", () => {
    const real = describeContract(routes);
    const after = structuredClone(real);
    const address = after.schemas.MemberAddress as { properties: Record<string, unknown> };
    delete address.properties.postalCode;
    const changes = findBreakingChanges(real, after);
    expect(new Set(changes.map((c) => c.kind))).toEqual(
      new Set(["response-field-removed", "request-field-removed"]),
    );
    expect(changes.map((c) => c.where)).toEqual(
      expect.arrayContaining([
        "members.create responses.201.address.postalCode",
        "receipts.get responses.200.tenant.address.postalCode",
        "members.create body.address.postalCode",
      ]),
    );
  });

  it("fails a field removed from a schema that also holds an anyOf rule (LocalizedText's ar-or-fr)", () => {
    const real = describeContract(routes);
    const after = structuredClone(real);
    const text = after.schemas.LocalizedTextFields as { properties: Record<string, unknown> };
    delete text.properties.zgh;
    const changes = findBreakingChanges(real, after);
    expect(changes.map((c) => c.where)).toContain("members.get responses.200.activity.zgh");
  });

  it("fails what sits beside a $ref: a derived schema's own bound narrows a request", () => {
    const real = describeContract(routes);
    const after = structuredClone(real);
    const patch = after.schemas.MemberPatch as { properties: Record<string, Record<string, unknown>> };
    patch.properties.identifiers = { ...patch.properties.identifiers, maxProperties: 2 };
    expect(findBreakingChanges(real, after)).toEqual([
      { kind: "type-narrowed", where: "members.update body.identifiers", detail: "maxProperties none → 2" },
    ]);
  });

  it("fails a union variant removed from a request, and passes one removed from a response", () => {
    const either = z.union([z.string(), z.int()]);
    expect(
      kindsBetween(
        { "things.create": createRoute(body(either)) },
        { "things.create": createRoute(body(z.string())) },
      ),
    ).toEqual(["type-narrowed"]);
    const view = z.union([Member, MemberPublic]);
    expect(kindsBetween({ "things.get": getRoute(view) }, { "things.get": getRoute(Member) })).toEqual([]);
    expect(kindsBetween({ "things.get": getRoute(Member) }, { "things.get": getRoute(view) })).not.toEqual(
      [],
    );
  });

  it("fails a field removed from one named branch of a response union, though it passes for another", () => {
    const real = describeContract(routes);
    const after = structuredClone(real);
    const member = after.schemas.Member as { properties: Record<string, unknown>; required: string[] };
    delete member.properties.contacts;
    member.required = member.required.filter((key) => key !== "contacts");
    // A Member without contacts still passes for a MemberPublic: the branch is matched by name.
    expect(findBreakingChanges(real, after).map((c) => c.where)).toEqual(
      expect.arrayContaining([
        "members.get responses.200.contacts",
        "members.list responses.200.items[].contacts",
      ]),
    );
  });

  it("fails an enum value removed, from a request and from a response alike (a rename is a removal)", () => {
    const fewer = MemberStatus.exclude(["struck_off"]);
    const req = (status: z.ZodType) => ({ "things.create": createRoute(body(z.string(), { status })) });
    expect(changesBetween(req(MemberStatus), req(fewer))).toEqual([
      { kind: "enum-value-removed", where: "things.create body.status", detail: 'removed "struck_off"' },
    ]);
    const res = (status: z.ZodType) => ({ "things.get": getRoute(thing({ status })) });
    expect(changesBetween(res(MemberStatus), res(fewer))).toEqual([
      {
        kind: "enum-value-removed",
        where: "things.get responses.200.status",
        detail: 'removed "struck_off"',
      },
    ]);
  });

  it("fails a request's minLength, maximum or pattern narrowed, and passes the same in a response", () => {
    const narrowed: [z.ZodType, z.ZodType, string][] = [
      [z.string(), z.string().min(3), "minLength none → 3"],
      [z.int().max(100), z.int().max(99), "maximum 100 → 99"],
      [z.string(), z.string().regex(/^[a-z]+$/), 'new pattern "^[a-z]+$"'],
      [z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-y]+$/), 'new pattern "^[a-y]+$"'],
      [
        z.string().regex(/^[a-z]+$/),
        z
          .string()
          .regex(/^[a-z]+$/)
          .regex(/x/),
        'new pattern "x"',
      ],
    ];
    for (const [before, after, detail] of narrowed) {
      const req = (name: z.ZodType) => ({ "things.create": createRoute(body(name)) });
      expect(changesBetween(req(before), req(after))).toEqual([
        { kind: "type-narrowed", where: "things.create body.name", detail },
      ]);
      const res = (name: z.ZodType) => ({ "things.get": getRoute(thing({ name })) });
      expect(changesBetween(res(before), res(after))).toEqual([]);
    }
  });

  it("fails a format added to a request field, and a format changed in a response", () => {
    const req = (name: z.ZodType) => ({ "things.create": createRoute(body(name)) });
    expect(changesBetween(req(z.string()), req(z.email()))).toEqual(
      expect.arrayContaining([
        { kind: "type-narrowed", where: "things.create body.name", detail: "format none → email" },
      ]),
    );
    const res = (since: z.ZodType) => ({ "things.get": getRoute(thing({ since })) });
    expect(kindsBetween(res(IsoDate), res(IsoDateTime))).toEqual(["type-widened"]);
    expect(kindsBetween(res(z.string()), res(IsoDate))).toEqual([]);
  });

  it("fails a query parameter made required", () => {
    const optional = PageQuery.extend({ section: fields.shape.section.optional() });
    const required = PageQuery.extend({ section: fields.shape.section });
    expect(
      changesBetween(
        { "things.list": listRoute(Member, optional) },
        { "things.list": listRoute(Member, required) },
      ),
    ).toEqual([
      { kind: "request-field-required", where: "things.list query.section", detail: "made required" },
    ]);
  });

  it("fails a route's method changed, and its path moved", () => {
    const before = { "things.get": getRoute(Member) };
    expect(kindsBetween(before, { "things.get": getRoute(Member, { method: "POST" }) })).toEqual([
      "route-removed",
    ]);
    const moved = getRoute(Member, { path: "/stuff/{thingId}" });
    expect(kindsBetween(before, { "things.get": moved })).toEqual(["route-removed"]);
  });

  it("fails a path parameter renamed: the URL is the same, the callers that name it are not", () => {
    const renamed = getRoute(Member, {
      path: "/things/{memberId}",
      params: z.object({ memberId: fields.shape.id }),
    });
    expect(changesBetween({ "things.get": getRoute(Member) }, { "things.get": renamed })).toEqual([
      { kind: "request-field-removed", where: "things.get params.thingId", detail: "field removed" },
      { kind: "request-field-required", where: "things.get params.memberId", detail: "new required field" },
    ]);
  });

  it("fails a success status changed", () => {
    const before = { "things.create": createRoute(body(z.string())) };
    const after = {
      "things.create": createRoute(body(z.string()), {
        responses: { 200: z.object({ id: fields.shape.id }) },
      }),
    };
    expect(kindsBetween(before, after)).toEqual(["response-status-changed"]);
  });

  it("fails a route tightened from public to scoped", () => {
    const after = getRoute(Member, { access: { kind: "scoped", scope: "members:read" } });
    expect(changesBetween({ "things.get": getRoute(Member) }, { "things.get": after })).toEqual([
      { kind: "scope-tightened", where: "things.get access", detail: "public → scoped" },
    ]);
  });

  it("fails a header made required, a request header narrowed, and a response header dropped", () => {
    const before = { "things.create": createRoute(body(z.string())) };
    const required = { "things.create": createRoute(body(z.string()), { ifMatch: "required" }) };
    expect(changesBetween(before, required)).toContainEqual({
      kind: "request-field-required",
      where: "things.create headers.if-match",
      detail: "new required field",
    });
    const real = describeContract(routes);
    const after = structuredClone(real);
    const headers = after.routes["members.create"]?.headers as { properties: Record<string, object> };
    headers.properties["idempotency-key"] = { ...headers.properties["idempotency-key"], maxLength: 64 };
    expect(findBreakingChanges(real, after)).toEqual([
      {
        kind: "type-narrowed",
        where: "members.create headers.idempotency-key",
        detail: "maxLength 255 → 64",
      },
    ]);
    const noEtag = { "things.get": getRoute(Member, { etag: false }) };
    expect(changesBetween({ "things.get": getRoute(Member) }, noEtag)).toEqual([
      {
        kind: "response-field-removed",
        where: "things.get response headers.ETag",
        detail: "header no longer sent",
      },
    ]);
  });

  it("fails a request body that stops accepting properties it does not list", () => {
    const strict = z.strictObject({ name: z.string(), status: MemberStatus.optional() });
    expect(
      kindsBetween(
        { "things.create": createRoute(body(z.string())) },
        { "things.create": createRoute(strict) },
      ),
    ).toEqual(["type-narrowed"]);
  });
});

describe("the gate, fed made-up additive changes", () => {
  const real = describeContract(routes);

  it("passes a new optional request field and a new response field", () => {
    const req = (b: z.ZodType) => ({ "things.create": createRoute(b) });
    expect(
      changesBetween(req(body(z.string())), req(body(z.string(), { note: z.string().optional() }))),
    ).toEqual([]);
    const res = (r: z.ZodType) => ({ "things.get": getRoute(r) });
    expect(changesBetween(res(thing()), res(thing({ note: z.string() })))).toEqual([]);
  });

  it("passes a new route", () => {
    const before = { "things.get": getRoute(Member) };
    expect(changesBetween(before, { ...before, "things.list": listRoute(Member) })).toEqual([]);
  });

  it("passes a new enum value in a request", () => {
    const req = (status: z.ZodType) => ({ "things.create": createRoute(body(z.string(), { status })) });
    expect(changesBetween(req(MemberStatus), req(z.enum([...MemberStatus.options, "archived"])))).toEqual([]);
  });

  it("passes limits widened on a field that requests and responses share, and a larger page", () => {
    const after = structuredClone(real);
    const widen = (name: string, field: string, bound: string, value: number) => {
      const schema = after.schemas[name] as { properties: Record<string, Record<string, unknown>> };
      schema.properties[field] = { ...schema.properties[field], [bound]: value };
    };
    for (const name of ["Member", "MemberPublic", "MemberCreate", "MemberPatch"])
      widen(name, "legalName", "maxLength", 400);
    const queries = Object.keys(after.schemas).filter((name) => name.includes("Query"));
    for (const name of queries) {
      const query = after.schemas[name] as { properties?: Record<string, unknown> };
      if (query.properties?.limit) widen(name, "limit", "maximum", 500);
    }
    expect(queries.length).toBeGreaterThan(4);
    expect(findBreakingChanges(real, after)).toEqual([]);
  });

  it("passes a change of words only (descriptions)", () => {
    const res = (r: z.ZodType) => ({ "things.get": getRoute(r) });
    expect(changesBetween(res(thing()), res(thing().describe("A thing, described")))).toEqual([]);
  });
});
