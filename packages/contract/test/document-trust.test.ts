import { Agreement, Lease, LeasePayment } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { rulesFor } from "../src/body-rules";
import { openapi } from "../src/openapi/document";
import { routeList, routes } from "../src/routes";
import { LOCAL_NODE_URL } from "../src/servers";
import { SUPPORTED_VERSIONS } from "../src/version";
import { documentAjv } from "./document-ajv";

// What generated clients and property-based testers take from openapi.json: the bodies it accepts
// are bodies the node accepts, the headers it allows are headers the node takes, every status a
// route answers is listed, and its default server is where `npm start` listens.

type Json = Record<string, unknown>;
const doc = JSON.parse(JSON.stringify(openapi())) as ReturnType<typeof openapi>;
const { validatorFor } = documentAjv(doc);

const operationOf = (key: string) => {
  const route = routeList.find((r) => r.key === key);
  if (!route) throw new Error(key);
  return doc.paths[route.path]?.[route.method.toLowerCase()] as {
    requestBody?: { content: { "application/json": { schema: unknown } } };
    responses: Record<string, unknown>;
    parameters: Json[];
  };
};
const bodyValidator = (key: string) =>
  validatorFor(operationOf(key).requestBody?.content["application/json"].schema);

describe("openapi.json refuses the bodies the node refuses", () => {
  const payment = { amount: { amount: 500_000, currency: "MAD" }, method: "cash", paidOn: "2026-03-05" };
  const cases: [key: keyof typeof routes, body: Json, accepted: boolean][] = [
    ["leases.payments.create", { ...payment, kind: "rent" }, false],
    [
      "leases.payments.create",
      { ...payment, kind: "rent", period: { from: "2026-03", to: "2026-03" } },
      true,
    ],
    ["leases.payments.create", { ...payment, kind: "deposit" }, true],
    ["leases.setStatus", { status: "terminated" }, false],
    ["leases.setStatus", { status: "terminated", end: "2026-06-30" }, true],
    ["leases.setStatus", { status: "active" }, true],
  ];
  it.each(cases)("%s %j: accepted %s, by ajv and by the route's zod alike", (key, body, accepted) => {
    const validate = bodyValidator(key);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(accepted);
    expect((routes[key] as { body?: z.ZodType }).body?.safeParse(body).success).toBe(accepted);
  });

  // A status change's body holds the new status, not the record it applies to: a rule that the
  // record may already satisfy (a signed agreement keeps its signature) is the node's to check.
  const CHECKED_ON_THE_RECORD: Record<string, string> = {
    "agreements.setStatus": "a signed agreement's signature may be recorded already",
  };

  it("states, in each body built from an entity, every rule of the entity on the body's fields", () => {
    const entities: z.ZodType[] = [Lease, LeasePayment, Agreement];
    for (const route of routeList) {
      const entity = entities.find((e) => route.responses[route.successStatus] === e);
      if (!route.body || !entity || !("shape" in route.body)) continue;
      const rules = rulesFor(entity, route.body as z.ZodObject);
      if (rules.length === 0 || route.key in CHECKED_ON_THE_RECORD) continue;
      const ref =
        (operationOf(route.key).requestBody?.content["application/json"].schema as { $ref?: string })?.$ref ??
        "";
      const stated = JSON.stringify(doc.components.schemas[ref.split("/").pop() ?? ""]).replaceAll(
        ',"unevaluatedProperties":true',
        "",
      );
      for (const rule of rules) expect(stated, `${route.key} states a rule`).toContain(JSON.stringify(rule));
    }
  });
});

describe("openapi.json's headers say what the node takes", () => {
  const parameter = (name: string) => doc.components.parameters[name] as Json & { schema: Json };

  it("lists the contract versions a node answers in, and no other", () => {
    const validate = validatorFor(parameter("GhorfaVersion").schema);
    for (const version of SUPPORTED_VERSIONS) expect(validate(version)).toBe(true);
    expect(validate("1999-01-01")).toBe(false);
    expect(parameter("GhorfaVersion").schema.enum).toEqual([...SUPPORTED_VERSIONS]);
  });

  it("takes any X-Request-Id, as the node does (it replaces one it would not echo)", () => {
    const validate = validatorFor(parameter("XRequestId").schema);
    for (const id of ["req-1", "", "x".repeat(300), "طلب 1"]) expect(validate(id)).toBe(true);
  });

  it("gives no Idempotency-Key a fixed value a tool would send twice", () => {
    const key = parameter("IdempotencyKey");
    expect(key.example).toBeUndefined();
    expect(key.examples).toBeUndefined();
    expect(key.schema.example ?? key.schema.examples ?? key.schema.default).toBeUndefined();
    expect(key.description).toMatch(/new unique value for each request/);
  });
});

describe("openapi.json lists every status a route may answer", () => {
  it("lists 401 on every route: a key the node does not know is refused, public routes too", () => {
    for (const route of routeList) expect(Object.keys(operationOf(route.key).responses)).toContain("401");
  });

  it("lists 404 where a request names a chamber the node may not host", () => {
    expect(Object.keys(operationOf("admin.keys.create").responses)).toContain("404");
  });

  it("lists 304 on every read that answers an ETag, and takes If-None-Match there", () => {
    for (const route of routeList.filter((r) => r.method === "GET")) {
      const operation = operationOf(route.key);
      expect("304" in operation.responses, route.key).toBe(route.etag === true);
      expect(
        operation.parameters.some((p) => p.$ref === "#/components/parameters/IfNoneMatch"),
        route.key,
      ).toBe(route.etag === true);
    }
  });
});

describe("openapi.json's servers", () => {
  it("defaults to the node `npm start` runs, on its port", () => {
    expect(new URL(LOCAL_NODE_URL).port).toBe("8080");
    expect(doc.servers).toEqual([
      expect.objectContaining({
        url: "{origin}",
        variables: { origin: expect.objectContaining({ default: LOCAL_NODE_URL }) },
      }),
    ]);
  });
});
