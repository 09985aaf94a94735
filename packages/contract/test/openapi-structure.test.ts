import { describe, expect, it } from "vitest";
import { openapi } from "../src/openapi/document";
import { OAS_DIALECT } from "../src/openapi/json-schema";
import { documentAjv } from "./document-ajv";

// What a chamber on another stack relies on in openapi.json, checked on the JSON itself (not on
// the zod it came from): every reference lands, every operation is named once, every path
// parameter is declared, every component is used, and every example passes its schema in ajv.

type Json = Record<string, unknown>;
const doc = JSON.parse(JSON.stringify(openapi())) as ReturnType<typeof openapi>;
const { validatorFor } = documentAjv(doc);

/** The value at a local JSON pointer (`#/components/schemas/Member`), or undefined. */
function at(ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

const deref = <T>(node: T | { $ref: string }): T =>
  typeof node === "object" && node !== null && "$ref" in node ? (at(node.$ref) as T) : (node as T);

function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push(value);
      else refsIn(value, out);
    }
  }
  return out;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Json;
  example?: unknown;
}
interface Media {
  schema: Json;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId: string;
  parameters: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> } | { $ref: string }>;
  security: Record<string, string[]>[];
}

const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op: op as unknown as Operation })),
);

describe("openapi.json, read as plain JSON", () => {
  it("declares OpenAPI 3.1 and its JSON Schema dialect", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.jsonSchemaDialect).toBe(OAS_DIALECT);
    expect(OAS_DIALECT).toBe("https://spec.openapis.org/oas/3.1/dialect/base");
  });

  it("resolves every $ref inside the document", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(300);
    for (const ref of new Set(refs)) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      expect(at(ref), ref).toBeDefined();
    }
  });

  it("uses every component it declares, of every kind", () => {
    const refs = new Set(refsIn(doc));
    for (const [kind, entries] of Object.entries(doc.components)) {
      if (kind === "securitySchemes") continue;
      for (const name of Object.keys(entries))
        expect(refs.has(`#/components/${kind}/${name}`), name).toBe(true);
    }
    const schemes = new Set(operations.flatMap(({ op }) => op.security.flatMap((s) => Object.keys(s))));
    expect([...schemes]).toEqual(Object.keys(doc.components.securitySchemes));
  });

  it("names every operation once", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares every path parameter, required, and no parameter twice", () => {
    for (const { path, method, op } of operations) {
      const where = `${method} ${path}`;
      const parameters = op.parameters.map((p) => deref<Parameter>(p));
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      const inPath = parameters.filter((p) => p.in === "path");
      expect(inPath.map((p) => p.name).sort(), where).toEqual([...names].sort());
      for (const p of inPath) expect(p.required, `${where} ${p.name}`).toBe(true);
      const keys = parameters.map((p) => `${p.in}:${p.name.toLowerCase()}`);
      expect(new Set(keys).size, where).toBe(keys.length);
    }
  });

  it("answers problems as application/problem+json and successes as application/json (304 with no body)", () => {
    for (const { path, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        const types = Object.keys(deref<{ content?: Record<string, Media> }>(response).content ?? {});
        const expected = Number(status) >= 400 ? ["application/problem+json"] : ["application/json"];
        if (status !== "204" && status !== "304")
          expect(types, `${method} ${path} ${status}`).toEqual(expected);
      }
    }
  });

  it("authenticates with a bearer key or a session cookie, and lists the scope an operation needs", () => {
    expect(doc.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: "http", scheme: "bearer" }),
      cookieAuth: expect.objectContaining({ type: "apiKey", in: "cookie", name: "ghorfa_session" }),
    });
    for (const { op } of operations) {
      for (const requirement of op.security) {
        for (const [scheme, scopes] of Object.entries(requirement)) {
          // A session's own routes (sign-out…) name no scope: any session opens them.
          if (scheme === "cookieAuth") expect(scopes.length).toBeLessThanOrEqual(1);
          else expect(scopes).toHaveLength(1);
        }
      }
    }
  });

  it("has examples that pass their schemas in ajv: parameters, bodies, responses and problems", () => {
    let count = 0;
    const check = (schema: unknown, value: unknown, where: string) => {
      const validate = validatorFor(schema);
      expect(validate(value), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
      count++;
    };
    const checkMedia = (content: Record<string, Media> | undefined, where: string) => {
      for (const [type, media] of Object.entries(content ?? {})) {
        if (media.example !== undefined) check(media.schema, media.example, `${where} ${type}`);
        for (const [name, example] of Object.entries(media.examples ?? {}))
          check(media.schema, example.value, `${where} ${type} ${name}`);
      }
    };
    for (const { path, method, op } of operations) {
      const where = `${method} ${path}`;
      for (const p of op.parameters.map((p) => deref<Parameter>(p))) {
        if (p.example !== undefined) check(p.schema, p.example, `${where} ${p.name}`);
      }
      checkMedia(op.requestBody?.content, `${where} body`);
      for (const [status, response] of Object.entries(op.responses)) {
        checkMedia(deref<{ content?: Record<string, Media> }>(response).content, `${where} ${status}`);
      }
    }
    // One example a route at least, and one a problem kind.
    expect(count).toBeGreaterThan(operations.length + 12);
  });

  it("lets a PATCH body remove an optional field with null, says so, and refuses null on a required one", () => {
    const cases = [
      { path: "/chambers/{chamberId}/members/{memberId}", optional: "tradeName", required: "legalName" },
      { path: "/chambers/{chamberId}/leases/{leaseId}", optional: "end", required: "monthlyRent" },
      { path: "/chambers/{chamberId}/agreements/{agreementId}", optional: "signature", required: "title" },
    ];
    for (const { path, optional, required } of cases) {
      const op = operations.find((o) => o.path === path && o.method === "patch")?.op;
      const schema = op?.requestBody?.content["application/json"]?.schema as Json;
      const validate = validatorFor(schema);
      expect(validate({ [optional]: null }), `${path} ${optional}: ${JSON.stringify(validate.errors)}`).toBe(
        true,
      );
      expect(validate({ [required]: null }), `${path} ${required}`).toBe(false);
      const body = deref<{ description?: string; properties: Record<string, Json> }>(
        schema as { $ref: string },
      );
      expect(body.description).toContain("RFC 7396");
      const field = body.properties[optional] as Json & { type?: unknown; anyOf?: Json[] };
      const allowsNull =
        (Array.isArray(field.type) && field.type.includes("null")) ||
        (field.anyOf ?? []).some((branch) => branch.type === "null");
      expect(allowsNull, `${path} ${optional} is nullable`).toBe(true);
      expect(field.description).toContain("`null` removes it");
      expect(JSON.stringify(body.properties[required])).not.toContain('"null"');
    }
  });
});
