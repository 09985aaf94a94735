import * as domain from "@ghorfa/schemas";
import { SESSION_COOKIE } from "../entities/session";
import { ROUTE_EXAMPLES } from "../examples";
import { REQUEST_HEADERS, RESPONSE_HEADERS } from "../headers";
import { CONTRACT_SCHEMAS } from "../named-schemas";
import { answersNotModified, type RouteDefinition } from "../route";
import { type AnyRoute, routeList } from "../routes";
import { LOCAL_NODE_URL } from "../servers";
import { TAGS } from "../tags";
import { CONTRACT_VERSION } from "../version";
import { SchemaCatalog } from "./components";
import { type JsonSchema, OAS_DIALECT, toInlineJsonSchema } from "./json-schema";
import { overview } from "./overview";
import { ProblemResponses } from "./problem-responses";

export type OpenApiDocument = {
  openapi: "3.1.0";
  jsonSchemaDialect: typeof OAS_DIALECT;
  info: { title: string; version: string; summary: string; description: string; license: JsonSchema };
  servers: JsonSchema[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, JsonSchema>;
    headers: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
};

/** An example as the document shows it: plain JSON. */
interface RouteExamplesData {
  readonly params?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
  readonly body?: unknown;
  readonly response?: unknown;
}

const componentName = (header: string) => header.replaceAll("-", "");

function headerParameters(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const [name, spec] of Object.entries(REQUEST_HEADERS)) {
    const parameter = {
      name,
      in: "header",
      description: spec.description,
      schema: toInlineJsonSchema(spec.schema, "input"),
    };
    out[componentName(name)] = { ...parameter, required: false };
    if (name === "If-Match") out.IfMatchRequired = { ...parameter, required: true };
  }
  // No example: tools send a parameter's example as it is, and a key sent twice is one request.
  return out;
}

function responseHeaders(): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(RESPONSE_HEADERS).map(([name, spec]) => [
      componentName(name),
      { description: spec.description, schema: toInlineJsonSchema(spec.schema, "output") },
    ]),
  );
}

/** A read's answer to an If-None-Match that names its current ETag. */
const NOT_MODIFIED: JsonSchema = {
  description: "Not modified: the current ETag is one the If-None-Match names. No body.",
  headers: {
    ETag: { $ref: "#/components/headers/ETag" },
    "Ghorfa-Version": { $ref: "#/components/headers/GhorfaVersion" },
    "X-Request-Id": { $ref: "#/components/headers/XRequestId" },
  },
};

function security(route: RouteDefinition): JsonSchema[] {
  if (route.needsSession) return [{ cookieAuth: [] }];
  if (route.access.kind === "public") return [];
  const bearer = { bearer: [route.access.scope] };
  // A signed-in session holds the scopes of its account's role in its chamber (ROLE_SCOPES): it
  // opens a chamber's routes, never the operator's.
  const ways = route.path.startsWith("/chambers/")
    ? [bearer, { cookieAuth: [route.access.scope] }]
    : [bearer];
  return route.access.kind === "public-view" ? [{}, ...ways] : ways;
}

function accessNote(route: RouteDefinition): string {
  const access = route.access;
  if (route.needsSession)
    return "Needs a sign-in session (the `ghorfa_session` cookie); a key opens no session.";
  if (access.kind === "public") return "Public: no key needed.";
  if (access.kind === "scoped") {
    return access.scope === "admin"
      ? "Needs the operator's key (scope `admin`)."
      : `Needs a key of this chamber with scope \`${access.scope}\`.`;
  }
  const rows = access.publicRows
    ? ` and only items whose \`${access.publicRows.field}\` is ${access.publicRows.in.map((v) => `\`${v}\``).join(", ")}`
    : "";
  return `Public view (\`Ghorfa-View: public\`${rows}) for anyone; the full resource with a key of this chamber with scope \`${access.scope}\`.`;
}

function operation(route: AnyRoute, catalog: SchemaCatalog, problems: ProblemResponses): JsonSchema {
  const examples: RouteExamplesData | undefined = ROUTE_EXAMPLES[route.key];
  const parameters: JsonSchema[] = [];
  for (const p of route.params ? catalog.parameters(route.params, "input") : []) {
    const example = examples?.params?.[p.name];
    parameters.push({ ...p, in: "path", required: true, ...(example === undefined ? {} : { example }) });
  }
  for (const p of route.query ? catalog.parameters(route.query, "input") : []) {
    const example = examples?.query?.[p.name];
    parameters.push({ ...p, in: "query", ...(example === undefined ? {} : { example }) });
  }
  const headerNames = Object.keys(route.headers.shape).map((lower) =>
    Object.keys(REQUEST_HEADERS).find((name) => name.toLowerCase() === lower),
  );
  if (answersNotModified(route)) headerNames.push("If-None-Match");
  for (const name of headerNames) {
    if (!name) continue;
    const id = name === "If-Match" && route.ifMatch === "required" ? "IfMatchRequired" : componentName(name);
    parameters.push({ $ref: `#/components/parameters/${id}` });
  }
  const success = route.responses[route.successStatus];
  const successResponse: JsonSchema = {
    description: route.summary,
    headers: Object.fromEntries(
      route.responseHeaders.map((name) => [name, { $ref: `#/components/headers/${componentName(name)}` }]),
    ),
    ...(success
      ? {
          content: {
            "application/json": {
              schema: catalog.ref(success, "output"),
              ...(examples?.response === undefined ? {} : { example: examples.response }),
            },
          },
        }
      : {}),
  };
  const notes = [route.description, accessNote(route)];
  if (route.paginated)
    notes.push("Paginated: `limit` and `cursor` in, `{ items, nextCursor }` out, in id order.");
  return {
    operationId: route.key,
    summary: route.summary,
    description: notes.filter(Boolean).join("\n\n"),
    tags: [route.tag],
    security: security(route),
    parameters,
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: catalog.ref(route.body, "input"),
                ...(examples?.body === undefined ? {} : { example: examples.body }),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(route.successStatus)]: successResponse,
      ...(answersNotModified(route) ? { "304": { $ref: "#/components/responses/NotModified" } } : {}),
      ...problems.forKinds(route.problems),
    },
    "x-ghorfa-access": {
      kind: route.access.kind,
      ...(route.access.kind === "public" ? {} : { scope: route.access.scope }),
      ...(route.access.kind === "public-view"
        ? {
            publicSchema: catalog.ref(route.access.publicSchema, "output"),
            publicRows: route.access.publicRows,
          }
        : {}),
    },
    ...(route.paginated ? { "x-ghorfa-paginated": true } : {}),
  };
}

/**
 * The OpenAPI 3.1 document of the contract: every route, its schemas as JSON Schema 2020-12
 * (named after their exports in @ghorfa/schemas and here), parameters, headers, problems,
 * scopes and examples. The build writes it to `@ghorfa/contract/openapi.json`.
 */
export function openapi(): OpenApiDocument {
  const catalog = new SchemaCatalog({ ...domain, ...CONTRACT_SCHEMAS }, routeList);
  const problems = new ProblemResponses(catalog);
  const paths: OpenApiDocument["paths"] = {};
  for (const route of routeList) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, JsonSchema>)[route.method.toLowerCase()] = operation(
      route,
      catalog,
      problems,
    );
  }
  const roots = [paths, problems.components];
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: OAS_DIALECT,
    info: {
      title: "Ghorfa",
      version: CONTRACT_VERSION,
      summary: "The API of the nodes of Morocco's Chambers of Commerce, Industry and Services",
      description: overview(),
      license: { name: "MIT", identifier: "MIT" },
    },
    // One server, whose default is what generators and testers use: the node `npm start` runs.
    // (Not a plain `http://localhost:8080` url: linters, Redocly's among them, refuse localhost.)
    servers: [
      {
        url: "{origin}",
        description: `A chamber's node; \`npm start\` runs one at ${LOCAL_NODE_URL}`,
        variables: {
          origin: {
            default: LOCAL_NODE_URL,
            description: "The node's origin, such as https://ccis.example.ma",
          },
        },
      },
    ],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: catalog.components(roots),
      parameters: headerParameters(),
      headers: responseHeaders(),
      responses: { NotModified: NOT_MODIFIED, ...problems.components },
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "An API key of one chamber, carrying scopes. Operation security lists the scope needed.",
        },
        cookieAuth: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description:
            "A sign-in session (`auth.signIn`), for browsers: it holds the scopes of its account's role in its chamber. A request it authenticates that changes anything must carry an `Origin` naming the node.",
        },
      },
    },
  };
}
