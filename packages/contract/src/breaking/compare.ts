import { ACCESS_RANK, type Access } from "../access";
import type { JsonSchema } from "../openapi/json-schema";
import type { ContractDescription, RouteDescription } from "./describe";
import { type BreakingChange, diffSchemas } from "./schema-diff";

const EMPTY_OBJECT: JsonSchema = { type: "object", properties: {} };

type Roots = { before: Record<string, JsonSchema>; after: Record<string, JsonSchema> };

function compareAccess(
  key: string,
  a: RouteDescription["access"],
  b: RouteDescription["access"],
  roots: Roots,
): BreakingChange[] {
  const out: BreakingChange[] = [];
  const where = `${key} access`;
  const rank = (kind: string) => ACCESS_RANK[kind as Access["kind"]] ?? Number.POSITIVE_INFINITY;
  if (rank(b.kind) > rank(a.kind))
    out.push({ kind: "scope-tightened", where, detail: `${a.kind} → ${b.kind}` });
  else if (a.scope !== undefined && b.scope !== undefined && a.scope !== b.scope) {
    out.push({ kind: "scope-tightened", where, detail: `scope ${a.scope} → ${b.scope}` });
  }
  if (a.kind === "public-view" && b.kind === "public-view") {
    const rowsA = a.publicRows;
    const rowsB = b.publicRows;
    const lost =
      rowsB !== undefined &&
      (rowsA === undefined ||
        rowsA.field !== rowsB.field ||
        rowsA.in.some((value) => !rowsB.in.includes(value)));
    if (lost)
      out.push({ kind: "scope-tightened", where: `${where} publicRows`, detail: "fewer rows are public" });
    if (a.publicSchema && b.publicSchema)
      out.push(...diffSchemas(a.publicSchema, b.publicSchema, "response", `${where} publicSchema`, roots));
  }
  return out;
}

/** A path template with its parameters unnamed: `/chambers/{}/members/{}`, the URL a client builds. */
const urlShape = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

function compareRoute(key: string, a: RouteDescription, b: RouteDescription, roots: Roots): BreakingChange[] {
  if (a.method !== b.method || urlShape(a.path) !== urlShape(b.path)) {
    return [
      { kind: "route-removed", where: key, detail: `${a.method} ${a.path} is now ${b.method} ${b.path}` },
    ];
  }
  // A path parameter renamed leaves the URL alone but not the callers that name it (the SDK's
  // `params`, generated clients' arguments): the params diff below reports it.
  const out = compareAccess(key, a.access, b.access, roots);
  for (const part of ["params", "query", "body"] as const) {
    const before = a[part];
    const after = b[part];
    if (before === undefined && after === undefined) continue;
    if (after === undefined) {
      out.push({
        kind: "request-field-removed",
        where: `${key} ${part}`,
        detail: `the route no longer takes a ${part}`,
      });
      continue;
    }
    out.push(...diffSchemas(before ?? EMPTY_OBJECT, after, "request", `${key} ${part}`, roots));
    if (before === undefined && part === "body") {
      out.push({
        kind: "request-field-required",
        where: `${key} body`,
        detail: "the route now needs a body",
      });
    }
  }
  if (a.headers && b.headers)
    out.push(...diffSchemas(a.headers, b.headers, "request", `${key} headers`, roots));
  const statusA = Object.keys(a.responses).join();
  const statusB = Object.keys(b.responses).join();
  if (statusA !== statusB) {
    out.push({
      kind: "response-status-changed",
      where: `${key} responses`,
      detail: `${statusA} → ${statusB}`,
    });
    return out;
  }
  for (const header of a.responseHeaders ?? []) {
    // Without Ghorfa-View a client reads the full view, the only one a route without a public
    // view answers (its access change, if any, is reported on its own).
    const isMoot = header === "Ghorfa-View" && b.access.kind !== "public-view";
    if (b.responseHeaders && !b.responseHeaders.includes(header) && !isMoot) {
      out.push({
        kind: "response-field-removed",
        where: `${key} response headers.${header}`,
        detail: "header no longer sent",
      });
    }
  }
  for (const [status, before] of Object.entries(a.responses)) {
    const after = b.responses[status];
    if (before && after)
      out.push(...diffSchemas(before, after, "response", `${key} responses.${status}`, roots));
    else if (before && !after)
      out.push({
        kind: "response-field-removed",
        where: `${key} responses.${status}`,
        detail: "body removed",
      });
  }
  return out;
}

/**
 * The breaking changes from `before` (the last release) to `after`: what a client written
 * against `before` would trip on. Additions — routes, optional request fields, response fields,
 * enum values, scopes, looser access — are not breaking.
 */
export function findBreakingChanges(
  before: ContractDescription,
  after: ContractDescription,
): BreakingChange[] {
  const out: BreakingChange[] = [];
  const roots = { before: before.schemas, after: after.schemas };
  for (const scope of before.scopes) {
    if (!after.scopes.includes(scope))
      out.push({ kind: "enum-value-removed", where: "scopes", detail: `removed ${scope}` });
  }
  for (const [kind, status] of Object.entries(before.problems)) {
    if (after.problems[kind] !== status) {
      out.push({
        kind: "enum-value-removed",
        where: "problems",
        detail: `${kind} (${status}) removed or moved`,
      });
    }
  }
  for (const [key, route] of Object.entries(before.routes)) {
    const now = after.routes[key];
    if (now === undefined)
      out.push({ kind: "route-removed", where: key, detail: `${route.method} ${route.path} removed` });
    else out.push(...compareRoute(key, route, now, roots));
  }
  return out;
}
