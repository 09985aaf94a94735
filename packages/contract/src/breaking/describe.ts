import * as domain from "@ghorfa/schemas";
import { CONTRACT_SCHEMAS } from "../named-schemas";
import { SchemaCatalog } from "../openapi/components";
import { type JsonSchema, toInlineJsonSchema } from "../openapi/json-schema";
import { PROBLEM_TYPES } from "../problems";
import type { Route } from "../route";
import { SCOPES } from "../scopes";
import { CONTRACT_VERSION } from "../version";

/** What the breaking-change gate compares of one route: its wire shape, nothing of its prose. */
export interface RouteDescription {
  method: string;
  path: string;
  access: {
    kind: string;
    scope?: string;
    publicRows?: { field: string; in: (string | boolean)[] };
    publicSchema?: JsonSchema;
  };
  /** Request schemas (zod input side), as refs into `schemas`. */
  params?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
  /** The request headers (lowercase names), `required` as the node enforces them (If-Match: 428). */
  headers?: JsonSchema;
  /** Response schemas (zod output side) by status; null for no body. */
  responses: Record<string, JsonSchema | null>;
  /** The headers of the success response (`ETag` is what a client sends back in `If-Match`). */
  responseHeaders?: string[];
}

/** The contract as the gate sees it; `snapshot/contract.json` holds the last released one. */
export interface ContractDescription {
  contractVersion: string;
  scopes: string[];
  problems: Record<string, number>;
  routes: Record<string, RouteDescription>;
  /** The named schemas the routes refer to (`#/components/schemas/<name>`), as in the OpenAPI document. */
  schemas: Record<string, JsonSchema>;
}

function describeRoute(route: Route, catalog: SchemaCatalog): RouteDescription {
  const access = route.access;
  return {
    method: route.method,
    path: route.path,
    access: {
      kind: access.kind,
      ...(access.kind === "public" ? {} : { scope: access.scope }),
      ...(access.kind === "public-view" && access.publicRows
        ? { publicRows: { field: access.publicRows.field, in: [...access.publicRows.in] } }
        : {}),
      ...(access.kind === "public-view" ? { publicSchema: catalog.ref(access.publicSchema, "output") } : {}),
    },
    ...(route.params ? { params: catalog.ref(route.params, "input") } : {}),
    ...(route.query ? { query: catalog.ref(route.query, "input") } : {}),
    ...(route.body ? { body: catalog.ref(route.body, "input") } : {}),
    headers: {
      ...toInlineJsonSchema(route.headers, "input"),
      // If-Match is optional to the headers schema (its absence is a 428, not a 400); required here.
      required: route.ifMatch === "required" ? ["if-match"] : [],
    },
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, schema]) => [
        status,
        schema ? catalog.ref(schema, "output") : null,
      ]),
    ),
    responseHeaders: [...route.responseHeaders],
  };
}

/**
 * The description of `routes` (by key), as the gate compares it. Schemas are named and shared as
 * in the OpenAPI document, so a change to `Member` shows once in a snapshot's diff.
 */
export function describeContract(routes: Readonly<Record<string, Route>>): ContractDescription {
  const keyed = Object.entries(routes).map(([key, route]) => ({ ...route, key }));
  const catalog = new SchemaCatalog({ ...domain, ...CONTRACT_SCHEMAS }, keyed);
  const described = Object.fromEntries(keyed.map((route) => [route.key, describeRoute(route, catalog)]));
  return {
    contractVersion: CONTRACT_VERSION,
    scopes: [...SCOPES],
    problems: Object.fromEntries(Object.entries(PROBLEM_TYPES).map(([kind, { status }]) => [kind, status])),
    routes: described,
    schemas: catalog.components(described),
  };
}
