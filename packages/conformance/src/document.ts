/** The parts of an OpenAPI 3.1 document the phase reads, resolved from the document alone. */

export type JsonSchema = boolean | SchemaObject;
export interface SchemaObject {
  readonly [keyword: string]: unknown;
}

export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths?: Record<string, Record<string, unknown>>;
  readonly components?: Record<string, Record<string, unknown>>;
  readonly [key: string]: unknown;
}

export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export interface MediaType {
  readonly schema?: JsonSchema;
}

export interface ResponseSpec {
  readonly headers: Record<string, { readonly required: boolean; readonly schema?: JsonSchema }>;
  readonly content: Record<string, MediaType>;
}

export interface Operation {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly requestBody?: { readonly required: boolean; readonly content: Record<string, MediaType> };
  /** By status code as written in the document: "200", "4XX", "default". */
  readonly responses: Record<string, ResponseSpec>;
  /** The scopes its bearer security asks for (empty when it needs none or accepts no key). */
  readonly scopes: readonly string[];
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** What a local `$ref` (`#/components/...`) points at. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) throw new Error(`only local $ref are supported, not ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node))
      throw new Error(`$ref ${ref} points at nothing`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** An object of the document, with a `$ref` in its place followed (not inside schemas). */
function deref<T>(document: OpenApiDocument, value: unknown): T {
  let node = value;
  for (let hops = 0; hops < 32; hops++) {
    if (node && typeof node === "object" && "$ref" in node && typeof node.$ref === "string") {
      node = resolvePointer(document, node.$ref);
    } else {
      return node as T;
    }
  }
  throw new Error("a $ref cycle outside schemas");
}

function mediaTypes(document: OpenApiDocument, content: unknown): Record<string, MediaType> {
  const out: Record<string, MediaType> = {};
  for (const [type, media] of Object.entries((content ?? {}) as Record<string, unknown>)) {
    const schema = deref<Record<string, unknown> | undefined>(document, media)?.schema as
      | JsonSchema
      | undefined;
    out[type.toLowerCase()] = schema === undefined ? {} : { schema };
  }
  return out;
}

/** Every operation of the document, with its parameters (path-level ones included) and responses resolved. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const pathItem = deref<Record<string, unknown>>(document, item);
    const shared = (pathItem.parameters ?? []) as unknown[];
    for (const method of METHODS) {
      const raw = pathItem[method] as Record<string, unknown> | undefined;
      if (!raw) continue;
      const byKey = new Map<string, Parameter>();
      for (const entry of [...shared, ...((raw.parameters ?? []) as unknown[])]) {
        const p = deref<Record<string, unknown>>(document, entry);
        const parameter: Parameter = {
          name: String(p.name),
          in: p.in as Parameter["in"],
          required: p.in === "path" || p.required === true,
          schema: (p.schema ?? {}) as JsonSchema,
        };
        byKey.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
      }
      const responses: Record<string, ResponseSpec> = {};
      for (const [status, response] of Object.entries((raw.responses ?? {}) as Record<string, unknown>)) {
        const r = deref<Record<string, unknown>>(document, response);
        const headers: ResponseSpec["headers"] = {};
        for (const [name, header] of Object.entries((r.headers ?? {}) as Record<string, unknown>)) {
          const h = deref<Record<string, unknown>>(document, header);
          headers[name.toLowerCase()] = {
            required: h.required === true,
            ...(h.schema === undefined ? {} : { schema: h.schema as JsonSchema }),
          };
        }
        responses[status] = { headers, content: mediaTypes(document, r.content) };
      }
      const body = raw.requestBody ? deref<Record<string, unknown>>(document, raw.requestBody) : undefined;
      const security = (raw.security ?? document.security ?? []) as Record<string, string[]>[];
      // An operation only a browser's sign-in session opens (an API key in a cookie) is one the kit,
      // which holds a key, can neither call as its caller nor tell apart from a missing route.
      if (needsCookie(document, security)) continue;
      operations.push({
        id: typeof raw.operationId === "string" ? raw.operationId : `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: [...byKey.values()],
        ...(body
          ? { requestBody: { required: body.required === true, content: mediaTypes(document, body.content) } }
          : {}),
        responses,
        // Each scheme (a bearer key, a session cookie) lists the same scopes: each scope once.
        scopes: [...new Set(security.flatMap((requirement) => Object.values(requirement).flat()))],
      });
    }
  }
  return operations;
}

/** Whether every way to meet `security` is a cookie (a sign-in session), none a key or nothing. */
function needsCookie(document: Record<string, unknown>, security: Record<string, string[]>[]): boolean {
  const schemes = ((
    document.components as { securitySchemes?: Record<string, { type?: string; in?: string }> }
  )?.securitySchemes ?? {}) as Record<string, { type?: string; in?: string }>;
  const isCookie = (name: string) => schemes[name]?.type === "apiKey" && schemes[name]?.in === "cookie";
  return (
    security.length > 0 &&
    security.every((requirement) => {
      const names = Object.keys(requirement);
      return names.length > 0 && names.every(isCookie);
    })
  );
}

/** The documented response for a status: the exact code, then `4XX`, then `default`. */
export function documentedResponse(operation: Operation, status: number): ResponseSpec | undefined {
  return (
    operation.responses[String(status)] ??
    operation.responses[`${String(status)[0]}XX`] ??
    operation.responses[`${String(status)[0]}xx`] ??
    operation.responses.default
  );
}
